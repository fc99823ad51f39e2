package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTests {

    @TempDir
    Path folder;

    @Test
    void appliesEachMigrationOnceOnARealWarehouseFile() {
        // given a new work warehouse
        Path file = folder.resolve("warehouse.duckdb");

        // when migrations are applied on two starts
        int first;
        int second;
        try (DuckDbDatabase database = DuckDbDatabase.openReadWrite(file)) {
            first = Migrations.apply(database.jdbi());
        }
        try (DuckDbDatabase database = DuckDbDatabase.openReadWrite(file)) {
            second = Migrations.apply(database.jdbi());

            // then every migration ran on the first start only, and the registry tables exist
            assertThat(first).isEqualTo(Migrations.available().size()).isPositive();
            assertThat(second).isZero();
            int recorded = database.jdbi()
                    .withHandle(handle -> handle.createQuery("select count(*) from meta.schema_migration")
                            .mapTo(Integer.class)
                            .one());
            assertThat(recorded).isEqualTo(first);
            int registryTables = database.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select count(*) from duckdb_tables() where schema_name = 'meta' and table_name in "
                                            + "('landed_file', 'rejected_file', 'quarantined_record', 'file_event', 'run_report', 'run_adoption')")
                            .mapTo(Integer.class)
                            .one());
            assertThat(registryTables).isEqualTo(6);
            // and the run report is a view over the file events, not a third copy of its figures
            int reportViews = database.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select count(*) from duckdb_views() where schema_name = 'meta' and view_name in "
                                            + "('run_feed_report', 'reported_file_event', 'reported_quarantined_record', 'run_reported_by')")
                            .mapTo(Integer.class)
                            .one());
            assertThat(reportViews).isEqualTo(4);
        }
    }
}
