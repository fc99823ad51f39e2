package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** {@code doubled} as the published Parquet file {@code bi_counts.parquet} holds it. */
    private static long publishedDoubled(Home home) {
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            return scratch.jdbi()
                    .withHandle(handle -> handle.createQuery("select doubled from read_parquet('"
                                    + home.publishedParquet().resolve("bi_counts.parquet") + "')")
                            .mapTo(Long.class)
                            .one());
        }
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
                .containsExactly("bi.bi_counts", "bi.bi_domain_status", "bi.bi_publication", "reporting.rpt_counts");
        assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                .containsExactly(6L);
        assertThat(publishedDoubled(home)).isEqualTo(6L);
        assertThat(home.published().resolve("manifest.json"))
                .content()
                .contains("\"run_id\": 7")
                .contains("bi.bi_counts");
        assertThat(home.published().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    /** What the build would record: each published object's output digest, in a real {@code meta.model_build}. */
    private static void recordBuild(DuckDbDatabase work, String digest) {
        work.jdbi().useHandle(handle -> {
            if (!DuckDbDatabase.hasTable(handle, "meta", "model_build")) {
                Migrations.apply(work.jdbi());
            }
            handle.execute("delete from meta.model_build");
            for (String model : List.of("reporting.rpt_counts", "bi.bi_counts")) {
                handle.execute("insert into meta.model_build values ('" + model + "', 'code', 'input', '" + digest
                        + "', 1, 'BUILT')");
            }
        });
    }

    @Test
    void copiesATableBuiltFromTheSameInputsFromThePreviousPublicationInsteadOfComputingItAgain() {
        // given a publication of 3 rows, built with the digest d1
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            recordBuild(work, "d1");
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));

            // when the work warehouse says 4 rows, but the build says it made them from the same inputs
            buildWorkWarehouse(work, 4);
            Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));

            // then the previous publication's rows were copied, not computed again
            assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                    .containsExactly(6L);
            assertThat(read(home.publishedWarehouse(), "select row_count from reporting.rpt_counts"))
                    .containsExactly(3L);

            // when the digest changes, they are computed
            recordBuild(work, "d2");
            Publisher.publish(work.jdbi(), home, 3, LocalDate.of(2026, 3, 3));
            assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                    .containsExactly(8L);

            // and a full refresh computes them whatever the digests say
            buildWorkWarehouse(work, 5);
            Publisher.publish(work.jdbi(), home, 4, LocalDate.of(2026, 3, 4), Map.of(), false);
            assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                    .containsExactly(10L);
        }
        assertThat(publishedDoubled(home)).isEqualTo(10L);
    }

    @Test
    void aNightThatStartsFromACopyOfThePreviousFileKeepsOnlyWhatItPublishesAndTheFileDoesNotGrowWithoutBound() {
        // given a publication with a bi view that the next build no longer has
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            work.jdbi().useHandle(handle -> handle.execute("create view bi.bi_retired as select 1 as one"));
            recordBuild(work, "d1");
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            assertThat(read(home.publishedWarehouse(), "select count(*) from bi.bi_retired"))
                    .containsExactly(1L);

            // when the view is gone and the rest changed
            work.jdbi().useHandle(handle -> handle.execute("drop view bi.bi_retired"));
            buildWorkWarehouse(work, 100_000);
            recordBuild(work, "d2");
            Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));

            // then the new publication has neither the view's table nor its Parquet file, and tonight's rows
            assertThat(read(
                            home.publishedWarehouse(),
                            "select count(*) from duckdb_tables() where table_name = 'bi_retired'"))
                    .containsExactly(0L);
            assertThat(home.publishedParquet().resolve("bi_retired.parquet")).doesNotExist();
            assertThat(publishedDoubled(home)).isEqualTo(200_000L);

            // and night after night of a million new rows (8 MB that do not compress), the file stays the size
            // of about two nights' tables: what a night drops, a later night's tables are written into
            long sizeOfTheFirst = 0;
            long largest = 0;
            for (int night = 3; night <= 9; night++) {
                int seed = night;
                work.jdbi()
                        .useHandle(
                                handle -> handle.execute("create or replace view bi.bi_noise as select (hash(range + "
                                        + seed + ") // 2)::bigint as noise from range(1000000)"));
                recordBuild(work, "d" + night);
                Publisher.publish(work.jdbi(), home, night, LocalDate.of(2026, 3, night));
                sizeOfTheFirst = sizeOfTheFirst == 0 ? size(home.publishedWarehouse()) : sizeOfTheFirst;
                largest = Math.max(largest, size(home.publishedWarehouse()));
            }
            assertThat(sizeOfTheFirst).isGreaterThan(8_000_000L);
            // (measured: 9.4 MB and 18.1 MB by turns; kept whole, seven nights would be 66 MB)
            assertThat(largest).isLessThanOrEqualTo(2 * sizeOfTheFirst + 1_000_000L);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
    void eachPublicationIsAFolderThatTheLinkTurnsToAndOnlyTheOneBeforeItIsKept() throws Exception {
        // given a home with a publication, and a reader that holds its DuckDB file open
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            try (DuckDbDatabase reader = DuckDbDatabase.openReadOnly(home.publishedWarehouse())) {

                // when two more nights publish
                buildWorkWarehouse(work, 5);
                Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));
                buildWorkWarehouse(work, 7);
                Publisher.publish(work.jdbi(), home, 3, LocalDate.of(2026, 3, 3));

                // then the reader still reads the night it opened
                long readerSees = reader.jdbi()
                        .withHandle(handle -> handle.createQuery("select doubled from bi.bi_counts")
                                .mapTo(Long.class)
                                .one());
                assertThat(readerSees).isEqualTo(6L);
            }
        }

        // and published is a relative link to the newest folder, which holds the whole publication
        assertThat(home.published()).isSymbolicLink();
        assertThat(Files.readSymbolicLink(home.published())).isEqualTo(Path.of("publications", "run-3"));
        assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                .containsExactly(14L);
        assertThat(home.publications().resolve("run-3/parquet/bi_counts.parquet"))
                .isRegularFile();
        // and the night before is kept, the one before that is gone, and no hidden file is left
        assertThat(home.publications().toFile().list()).containsExactlyInAnyOrder("run-2", "run-3");
        assertThat(home.root().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aReaderLookingAtAnyMomentSeesOneWholePublication() throws Exception {
        // given a home with a publication, and a reader that keeps resolving published while runs publish
        Home home = new Home(folder.resolve("home")).create();
        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean publishing = new AtomicBoolean(true);
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            Thread reader = new Thread(() -> {
                while (publishing.get()) {
                    seen.add(whatPublishedHolds(home));
                }
            });
            reader.start();

            // when five more nights publish
            for (int run = 2; run <= 6; run++) {
                buildWorkWarehouse(work, run);
                Publisher.publish(work.jdbi(), home, run, LocalDate.of(2026, 3, run));
            }
            publishing.set(false);
            reader.join();
        }

        // then every look found the DuckDB file, the Parquet file and the manifest of one run, together
        assertThat(seen)
                .isNotEmpty()
                .allMatch(look -> look.matches("run-(\\d) whole, manifest of \\1"), "one whole run");
    }

    /** What a reader finds through the link at one moment: the folder, whether it is whole, its manifest's run. */
    private static String whatPublishedHolds(Home home) {
        try {
            Path publication = home.published().toRealPath();
            boolean whole = Files.isRegularFile(publication.resolve("warehouse.duckdb"))
                    && Files.isRegularFile(publication.resolve("parquet/bi_counts.parquet"))
                    && Files.isRegularFile(publication.resolve("catalog.md"));
            String manifest = Files.readString(publication.resolve("manifest.json"));
            String run = manifest.replaceAll("(?s).*\"run_id\": (\\d+).*", "$1");
            return publication.getFileName() + (whole ? " whole" : " not whole") + ", manifest of " + run;
        } catch (IOException e) {
            // the folder the link pointed to was deleted under the reader: only an old one may be
            return "gone: " + e.getMessage();
        }
    }

    @Test
    void recoverDeletesAHalfWrittenPublicationAndLinksOneThatWasCompleteButNotLinked() throws Exception {
        // given a publication, a complete one of run 2 that its run died before linking, and a half-written one
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            buildWorkWarehouse(work, 5);
            Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));
        }
        Path link = home.published();
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("publications", "run-1"));
        Path halfWritten = Files.createDirectories(home.publications().resolve(".run-3.tmp/parquet"));
        Files.writeString(halfWritten.resolve("bi_counts.parquet"), "half");
        Files.writeString(home.root().resolve(".published.link.tmp"), "a link that was being made");
        assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                .containsExactly(6L);

        // when
        Publisher.recover(home);

        // then run 2's publication is the published one, and nothing of run 3 is left
        assertThat(read(home.publishedWarehouse(), "select doubled from bi.bi_counts"))
                .containsExactly(10L);
        assertThat(home.publications().toFile().list()).containsExactlyInAnyOrder("run-1", "run-2");
        assertThat(home.root().toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aHeldBackDomainKeepsThePreviousPublicationsTablesAndFilesWhileTheOthersPublishTonights() throws Exception {
        // given a publication of run 1 with a ledger and a video view
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildDomains(work, 1);
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));

            // when run 2 and run 3 publish with the ledger held back
            buildDomains(work, 2);
            Publisher.publish(
                    work.jdbi(), home, 2, LocalDate.of(2026, 3, 2), Map.of("ledger", "assert_x: 1 offending row(s)"));
            buildDomains(work, 3);
            Publisher.publish(
                    work.jdbi(), home, 3, LocalDate.of(2026, 3, 3), Map.of("ledger", "assert_x: 1 offending row(s)"));
        }

        // then the ledger's table and Parquet file are run 1's, the video's run 3's
        assertThat(read(home.publishedWarehouse(), "select night from bi.bi_ledger_things"))
                .containsExactly(1);
        assertThat(read(home.publishedWarehouse(), "select night from bi.bi_video_things"))
                .containsExactly(3);
        assertThat(read(
                        home.publishedWarehouse(),
                        "select night from read_parquet('"
                                + home.publishedParquet().resolve("bi_ledger_things.parquet") + "')"))
                .containsExactly(1);
        // and the domain status says which run each is from, and why
        assertThat(read(
                        home.publishedWarehouse(),
                        "select domain || ' ' || status || ' ' || data_run_id || ' ' || coalesce(reason, '-')"
                                + " from bi.bi_domain_status where domain in ('ledger', 'video') order by domain"))
                .containsExactly("ledger held back 1 assert_x: 1 offending row(s)", "video published 3 -");
        assertThat(home.publishedParquet().resolve("bi_domain_status.parquet")).isRegularFile();
    }

    private static void buildDomains(DuckDbDatabase work, int night) {
        work.jdbi().useHandle(handle -> {
            handle.execute("create schema if not exists reporting");
            handle.execute("create schema if not exists bi");
            handle.execute("create or replace view bi.bi_ledger_things as select " + night + " as night");
            handle.execute("create or replace view bi.bi_video_things as select " + night + " as night");
        });
    }

    @Test
    void aPublishedFolderOfTheFormerLayoutIsMovedAmongThePublicationsOnce() throws Exception {
        // given a home whose published folder is a real folder (the layout before publications)
        Home home = new Home(folder.resolve("home")).create();
        Files.createDirectories(home.published().resolve("parquet"));
        Files.writeString(home.published().resolve("manifest.json"), "{\"run_id\": 41}");

        // when a run publishes
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            Publisher.publish(work.jdbi(), home, 42, LocalDate.of(2026, 3, 1));
        }

        // then published is the link, and the former folder is kept as the publication before it
        assertThat(home.published()).isSymbolicLink();
        assertThat(read(home.publishedWarehouse(), "select run_id from bi.bi_publication"))
                .containsExactly(42L);
        assertThat(home.publications().resolve("run-0/manifest.json")).content().contains("41");
        assertThat(home.publications().toFile().list()).containsExactlyInAnyOrder("run-0", "run-42");
    }

    @Test
    void aParquetFileWhoseContentDidNotChangeIsSharedWithThePreviousPublicationAndNotWrittenAgain() throws Exception {
        // given a publication of two bi views
        Home home = new Home(folder.resolve("home")).create();
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            buildWorkWarehouse(work, 3);
            work.jdbi()
                    .useHandle(
                            handle -> handle.execute(
                                    "create or replace view bi.bi_steady as select range as id, 'x' || range as label from range(50)"));
            Publisher.publish(work.jdbi(), home, 1, LocalDate.of(2026, 3, 1));
            Object steadyFirst = fileKey(home.publishedParquet().resolve("bi_steady.parquet"));
            Object countsFirst = fileKey(home.publishedParquet().resolve("bi_counts.parquet"));

            // when the next night changes one of them, and the one after renames a column of the other
            buildWorkWarehouse(work, 4);
            Publisher.publish(work.jdbi(), home, 2, LocalDate.of(2026, 3, 2));
            Object steadySecond = fileKey(home.publishedParquet().resolve("bi_steady.parquet"));
            Object countsSecond = fileKey(home.publishedParquet().resolve("bi_counts.parquet"));
            work.jdbi()
                    .useHandle(
                            handle -> handle.execute(
                                    "create or replace view bi.bi_steady as select range as id, 'x' || range as name from range(50)"));
            Publisher.publish(work.jdbi(), home, 3, LocalDate.of(2026, 3, 3));

            // then the unchanged file is the previous publication's file, the changed one is new with the new content
            assertThat(steadySecond).isEqualTo(steadyFirst);
            assertThat(countsSecond).isNotEqualTo(countsFirst);
            // and a column renamed over the same values is a change: the file is written again, and says so
            assertThat(fileKey(home.publishedParquet().resolve("bi_steady.parquet")))
                    .isNotEqualTo(steadySecond);
            // and the first publication is gone while the file it shared lives on whole in the second
            assertThat(home.publications().toFile().list()).containsExactlyInAnyOrder("run-2", "run-3");
            assertThat(parquetValue(
                            home.publications().resolve("run-2/parquet/bi_steady.parquet"),
                            "count(*) || ' ' || max(label)"))
                    .isEqualTo("50 x9");
            assertThat(parquetValue(home.publishedParquet().resolve("bi_counts.parquet"), "max(doubled)"))
                    .isEqualTo("8");
            assertThat(parquetValue(home.publishedParquet().resolve("bi_steady.parquet"), "max(name)"))
                    .isEqualTo("x9");
        }
    }

    private static String parquetValue(Path file, String expression) {
        try (DuckDbDatabase scratch = DuckDbDatabase.inMemory()) {
            return scratch.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select cast(" + expression + " as varchar) from read_parquet('" + file + "')")
                            .mapTo(String.class)
                            .one());
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
    }
}
