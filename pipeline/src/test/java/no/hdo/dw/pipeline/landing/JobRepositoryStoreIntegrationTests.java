package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * The job repository moved from DuckDB ({@code state/jobs.duckdb}) to H2 ({@code state/jobs.mv.db}):
 * a home whose runs were recorded in DuckDB keeps its run numbering, since {@code RunIdIncrementer}
 * numbers the next run after the last instance's {@code run.id}.
 */
class JobRepositoryStoreIntegrationTests {

    @TempDir
    Path temporary;

    @Test
    void aHomeWithTheFormerDuckDbRepositoryGoesOnWithItsRunNumbers() throws Exception {
        // given a home whose job repository is the former DuckDB one, written by Spring Batch: runs 40 and 41,
        // failed, as instances 8 and 9 (the instance ids had moved on)
        Home home = new Home(temporary.resolve("home")).create();
        try (DuckDbDatabase former = DuckDbDatabase.openReadWrite(home.formerJobRepository())) {
            former.jdbi()
                    .useHandle(handle -> handle.createScript(
                                    new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql")
                                            .getContentAsString(StandardCharsets.UTF_8))
                            .execute());
            former.jdbi().useHandle(handle -> handle.execute("select nextval('BATCH_JOB_INSTANCE_SEQ') from range(7)"));
            JobRepository repository = repository(former.dataSource(), "POSTGRES");
            for (long run = 40; run <= 41; run++) {
                JobParameters parameters =
                        new JobParametersBuilder().addLong("run.id", run).toJobParameters();
                JobInstance instance = repository.createJobInstance("nightly", parameters);
                JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
                repository.createStepExecution("inboxStep", execution);
                execution.setStatus(BatchStatus.FAILED);
                repository.update(execution);
            }
        }
        long formerSize = Files.size(home.formerJobRepository());

        // when the home's job repository is opened
        try (JobRepositoryStore store = JobRepositoryStore.open(home)) {
            JobRepository repository = repository(store.dataSource(), "H2");

            // then the last run is there with its run id and status, and the next run is run 42
            JobInstance last = repository.getLastJobInstance("nightly");
            assertThat(last.getInstanceId()).isEqualTo(9);
            JobExecution lastExecution = repository.getLastJobExecution(last);
            assertThat(lastExecution.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(lastExecution.getJobParameters().getLong("run.id")).isEqualTo(41);
            assertThat(new RunIdIncrementer()
                            .getNext(lastExecution.getJobParameters())
                            .getLong("run.id"))
                    .isEqualTo(42);
            assertThat(repository.getJobInstances("nightly", 0, 100)).hasSize(2);
            assertThat(repository.getLastStepExecution(last, "inboxStep")).isNotNull();
            // and new ids go on after the copied ones
            JobParameters next =
                    new JobParametersBuilder().addLong("run.id", 42L).toJobParameters();
            JobInstance instance = repository.createJobInstance("nightly", next);
            assertThat(instance.getInstanceId()).isGreaterThan(last.getInstanceId());
            JobExecution execution = repository.createJobExecution(instance, next, new ExecutionContext());
            assertThat(execution.getId()).isGreaterThan(lastExecution.getId());
        }
        // and the former repository is left as it was; opening the home again copies nothing twice
        assertThat(Files.size(home.formerJobRepository())).isEqualTo(formerSize);
        assertThat(home.jobRepository()).exists();
        try (JobRepositoryStore store = JobRepositoryStore.open(home)) {
            assertThat(repository(store.dataSource(), "H2").getJobInstances("nightly", 0, 100))
                    .hasSize(3);
        }
    }

    @Test
    void aNewHomeGetsAnEmptyRepositoryAndNoDuckDbFile() throws Exception {
        // given a new home
        Home home = new Home(temporary.resolve("home")).create();

        // when its job repository is opened
        try (JobRepositoryStore store = JobRepositoryStore.open(home)) {
            // then it holds no run yet, and the former file is not made
            assertThat(repository(store.dataSource(), "H2").getLastJobInstance("nightly"))
                    .isNull();
        }
        assertThat(home.jobRepository()).exists();
        assertThat(home.formerJobRepository()).doesNotExist();
        try (var files = Files.list(home.stateFolder())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("jobs.mv.db");
        }
    }

    private static JobRepository repository(DataSource dataSource, String databaseType) throws Exception {
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new JdbcTransactionManager(dataSource));
        factory.setDatabaseType(databaseType);
        factory.setIsolationLevelForCreateEnum(Isolation.DEFAULT);
        factory.afterPropertiesSet();
        return factory.getObject();
    }
}
