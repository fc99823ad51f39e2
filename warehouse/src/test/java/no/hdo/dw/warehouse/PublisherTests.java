package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTests {

    @TempDir
    Path folder;

    private static void buildWorkWarehouse(DuckDbDatabase work, int rows) {
        work.jdbi().useHandle(handle -> {
            handle.execute("create schema if not exists marts");
            handle.execute("create schema if not exists reporting");
            handle.execute("create schema if not exists bi");
            handle.execute("create or replace table marts.fct_secret as select range as id from range(" + rows + ")");
            handle.execute(
                    "create or replace table reporting.rpt_counts as select count(*) as row_count from marts.fct_secret");
            handle.execute(
                    "create or replace view bi.bi_counts as select row_count * 2 as doubled from reporting.rpt_counts");
        });
    }

    private static List<Object> read(Path file, String sql) {
        try (DuckDbDatabase database = DuckDbDatabase.openReadOnly(file)) {
            return database.jdbi()
                    .withHandle(handle -> handle.createQuery(sql)
                            .map((rs, ctx) -> rs.getObject(1))
                            .list());
        }
    }

    @Test
    void publishesReportingAndBiOnlyWithOneParquetFilePerBiView() {
        // given a work warehouse with a mart, a reporting table and a bi view
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);

            // when
            Publisher.publish(work.jdbi(), home, 7, LocalDate.of(2026, 3, 1));
        }

        // then the marts stay behind, the bi view is a table, and its Parquet file is there
        assertThat(read(
                        home.publishedWarehouse(),
                        "select schema_name || '.' || table_name from duckdb_tables() order by 1"))
                .containsExactly("bi.bi_counts", "bi.bi_publication", "reporting.rpt_counts");
        assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                .containsExactly(6L);
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            long doubled = scratch.jdbi()
                    .withHandle(handle -> handle.createQuery("select doubled from read_parquet('"
                                    + home.publishedParquet().resolve("bi_counts.parquet") + "')")
                            .mapTo(Long.class)
                            .one());
            assertThat(doubled).isEqualTo(6L);
        }
        assertThat(home.published().resolve("manifest.json"))
                .content()
                .contains("\"run_id\": 7")
                .contains("bi.bi_counts");
        assertThat(home.published().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void writesTheCatalogueAndTheCommentsAndSnappyParquet() throws Exception {
        // given a work warehouse whose bi view is a model of the project (bi_turnus_org_units, on a hand-made mart)
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            work.jdbi().useHandle(handle -> {
                handle.execute("create or replace table marts.dim_turnus_org_unit as select 'a' as org_unit_key,"
                        + " 1 as bi_key, 'A' as org_unit_id, 'Unit A' as org_unit_name");
                ModelBuild.models().stream()
                        .filter(model -> model.qualifiedName().equals("bi.bi_turnus_org_units"))
                        .forEach(model -> handle.execute("create view bi.bi_turnus_org_units as " + model.sql()));
            });

            // when
            Publisher.publish(work.jdbi(), home, 7, LocalDate.of(2026, 3, 1));
        }

        // then the model's descriptions are the published file's comments, and the catalogue has them
        assertThat(
                        read(
                                home.publishedWarehouse(),
                                "select comment from duckdb_columns() where table_name = 'bi_turnus_org_units' order by column_index"))
                .containsExactly(
                        "the org unit's number in this publication (in name order), the key of the staff views.",
                        "the org unit as the rostering system names it.");
        assertThat(read(
                        home.publishedWarehouse(),
                        "select comment from duckdb_tables() where table_name = 'bi_turnus_org_units'"))
                .containsExactly(
                        "Power BI: the org units of the staff views, to slice them by. Grain: org unit. Key: org_unit_key.");
        assertThat(home.published().resolve("catalog.md"))
                .content()
                .contains(
                        "## bi.bi_turnus_org_units",
                        "| 2 | `org_unit_name` | VARCHAR | the org unit as the rostering system names it. |")
                .contains("## bi.bi_counts", "(no description)");
        assertThat(home.published().resolve("catalog.json"))
                .content()
                .contains("\"model.hdo_dw.bi_turnus_org_units\": {")
                .contains("\"org_unit_key\": {\"type\": \"INTEGER\", \"index\": 1, \"name\": \"org_unit_key\"")
                .contains("\"depends_on\": [\"marts.dim_turnus_org_unit\"]");
        assertThat(read(
                        home.publishedWarehouse(),
                        "select distinct compression from parquet_metadata('" + home.publishedParquet()
                                + "/*.parquet')"))
                .containsExactly("SNAPPY");
        assertThat(read(home.publishedWarehouse(), "select typeof(published_at) from bi.bi_publication"))
                .containsExactly("TIMESTAMP");
        assertThat(home.published().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aPublicationInterruptedBetweenItsSwapsIsCompletedByRecover() throws Exception {
        // given a publication, then a second one whose files were written and noted, but only partly swapped
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            buildWorkWarehouse(work, 5);
            Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));
        }
        Path parquet = home.publishedParquet().resolve("bi_counts.parquet");
        Path parquetNext = home.publishedParquet().resolve(".bi_counts.parquet.tmp");
        Path published = home.publishedWarehouse();
        Path publishedNext = home.published().resolve(".warehouse-3.duckdb.tmp");
        // the state a crash leaves: the DuckDB file swapped (a copy of run 2's), the Parquet file not yet
        Files.copy(parquet, parquetNext);
        Files.writeString(parquet, "stale");
        Files.copy(published, publishedNext);
        Files.writeString(
                home.published().resolve(".publication-swaps"),
                publishedNext + "\t" + published + "\n" + parquetNext + "\t" + parquet + "\n");
        Files.delete(publishedNext);

        // when
        Publisher.recover(home);

        // then the Parquet file is the new one, and the journal is gone
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            long doubled = scratch.jdbi()
                    .withHandle(handle -> handle.createQuery("select doubled from read_parquet('" + parquet + "')")
                            .mapTo(Long.class)
                            .one());
            assertThat(doubled).isEqualTo(10L);
        }
        assertThat(read(published, "select doubled from bi.bi_counts")).containsExactly(10L);
        assertThat(home.published().resolve(".publication-swaps")).doesNotExist();
        assertThat(parquetNext).doesNotExist();
    }
}
