package no.hdo.dw.jobs;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * The batch infrastructure: a persistent Spring Batch job repository in {@code state/jobs.duckdb}
 * (DuckDB takes the PostgreSQL schema unchanged, and rejects SERIALIZABLE, hence DEFAULT), the
 * work warehouse with its migrations applied, and the landing machinery every source uses.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository(
        dataSourceRef = "jobRepositoryDataSource",
        transactionManagerRef = "transactionManager",
        databaseType = "POSTGRES",
        isolationLevelForCreate = Isolation.DEFAULT)
public class BatchInfrastructureConfiguration {

    @Bean(destroyMethod = "close")
    public DuckDbDatabase jobRepositoryDatabase(Home home) {
        DuckDbDatabase database = DuckDbDatabase.openReadWrite(home.jobRepository());
        database.jdbi().useHandle(handle -> {
            boolean exists = handle.createQuery(
                                    "select count(*) from duckdb_tables() where lower(table_name) = 'batch_job_instance'")
                            .mapTo(Integer.class)
                            .one()
                    > 0;
            if (!exists) {
                try {
                    String schema = new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql")
                            .getContentAsString(StandardCharsets.UTF_8);
                    handle.createScript(schema).execute();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return database;
    }

    @Bean
    public DataSource jobRepositoryDataSource(DuckDbDatabase jobRepositoryDatabase) {
        return jobRepositoryDatabase.dataSource();
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
        return new LandingSteps(jobRepository, transactionManager, landingRegistry, landingArchive);
    }
}
