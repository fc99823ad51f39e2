package no.hdo.dw.pipeline;

import javax.sql.DataSource;
import no.hdo.dw.pipeline.landing.JobRepositoryStore;
import no.hdo.dw.pipeline.landing.LandingArchive;
import no.hdo.dw.pipeline.landing.LandingRegistry;
import no.hdo.dw.pipeline.landing.LandingSteps;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.Migrations;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * The batch infrastructure: a persistent Spring Batch job repository in {@code state/jobs.mv.db}
 * ({@link JobRepositoryStore}, H2), the work warehouse with its migrations applied, and the landing
 * machinery every source uses: the nightly job's, and the landing tests' ({@code LandingStepRun}).
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository(
        dataSourceRef = "jobRepositoryDataSource",
        transactionManagerRef = "transactionManager",
        databaseType = "H2",
        isolationLevelForCreate = Isolation.DEFAULT)
public class BatchInfrastructureConfiguration {

    /** Opened after the work warehouse, whose lock says whether another run holds the home. */
    @Bean(destroyMethod = "close")
    public JobRepositoryStore jobRepositoryStore(Home home, DuckDbDatabase workWarehouse) {
        return JobRepositoryStore.open(home);
    }

    @Bean
    public DataSource jobRepositoryDataSource(JobRepositoryStore jobRepositoryStore) {
        return jobRepositoryStore.dataSource();
    }

    @Bean
    public PlatformTransactionManager transactionManager(DataSource jobRepositoryDataSource) {
        return new JdbcTransactionManager(jobRepositoryDataSource);
    }

    @Bean(destroyMethod = "close")
    public DuckDbDatabase workWarehouse(Home home) {
        DuckDbDatabase database = DuckDbDatabase.openReadWrite(home.workWarehouse());
        Migrations.apply(database.jdbi());
        return database;
    }

    @Bean
    public LandingRegistry landingRegistry(DuckDbDatabase workWarehouse, Home home) {
        return new LandingRegistry(workWarehouse.jdbi(), home.landing());
    }

    @Bean
    public LandingArchive landingArchive(Home home) {
        return new LandingArchive(home.landing());
    }

    @Bean
    public LandingSteps landingSteps(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            LandingRegistry landingRegistry,
            LandingArchive landingArchive) {
        return new LandingSteps(
                jobRepository,
                transactionManager,
                landingRegistry,
                landingArchive,
                ChildProcessFileTrial.likeThisProcess());
    }
}
