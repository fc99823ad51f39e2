package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.DataTests;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.MonthRange;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full rebuild is the oracle of the incremental nights (issue 13, item 2): the demo's 13 months
 * are delivered night by night, then late corrections (a video call and a media-log recording
 * delivered again and moved to another month, a newer shifts file for an old month, a SAF-T file
 * for old periods delivered again, an absence that grows across a month edge). After every night
 * the work warehouse is copied and rebuilt whole, and every table of every layer, the published DuckDB
 * file's tables (their list, and the reporting tables' rows) and every Parquet file of the publication
 * must equal the rebuild's, row for row ({@code except all} both ways, in one pass).
 * Last, a night with {@code --rebuild-months} repairs a damaged month, and {@code --full-refresh}
 * builds every table.
 */
class IncrementalNightsFunctionalTests {

    private static final Pattern STAMP = Pattern.compile("_(\\d{8})\\d{6}");
    private static final DateTimeFormatter SHIFT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @TempDir
    Path temporary;

    @Test
    void everyNightEqualsAFullRebuildOfTheSameArchiveTableByTable() throws Exception {
        // given the demo's deliveries, each with the day its name says it was delivered
        Path delivered = temporary.resolve("demo-inbox");
        DemoInbox.write(delivered);
        Path inbox = temporary.resolve("inbox");
        Home home = new Home(temporary.resolve("home"));

        // when they come night by night, a month at a time, on the 2nd of each month
        for (LocalDate night = LocalDate.of(2025, 3, 2);
                !night.isAfter(LocalDate.of(2026, 3, 2));
                night = night.plusMonths(1)) {
            deliverUntil(delivered, inbox, night);

            // then each night published, and its warehouse is the full rebuild's
            nightEqualToAFullRebuild(home, on(inbox, night));
        }
        assertThat(actions(home, "marts.fct_video_call", "marts.fct_medielogg_call"))
                .as("a month's new video and media-log files are merged into what is there")
                .containsOnly("MERGED");

        // when a video call and a media-log recording come again, corrected into another month
        List<String> testsPassedBefore = WarehouseRows.work(
                home, "select format('(''{}'', ''{}'')', test_name, input_sha256) from meta.data_test_passed");
        correctAVideoCallAndARecording(delivered, inbox);
        RunReport corrected = nightEqualToAFullRebuild(home, on(inbox, LocalDate.of(2026, 3, 4)));

        // then the merge moved them, and only the video and media-log models were touched
        assertThat(WarehouseRows.work(
                        home,
                        "select start_date || ' ' || status_code from marts.fct_video_call"
                                + " where video_call_id = 'b-7088071'"))
                .containsExactly("2025-08-27 FAILED");
        assertThat(WarehouseRows.work(
                        home,
                        "select start_date || ' ' || duration_seconds from marts.fct_medielogg_call"
                                + " where recording_id = 'R-91002899'"))
                .containsExactly("2025-08-30 999");
        assertThat(actions(
                        home,
                        "intermediate.int_video__calls_latest",
                        "marts.fct_video_call",
                        "intermediate.int_medielogg__calls_latest",
                        "marts.fct_medielogg_call"))
                .containsOnly("MERGED");
        assertThat(actions(home, "marts.fct_turnus_aml_breach", "marts.fct_ledger_posting", "marts.fct_lifex_rollout"))
                .as("the sources that delivered nothing keep their tables")
                .containsOnly("KEPT");
        assertThat(corrected.build())
                .as("the run report says what the build did")
                .startsWith("incremental build of ")
                .contains(" 4 merged, ");
        assertThat(WarehouseRows.work(home, "select model_name from meta.model_merge order by 1"))
                .containsExactly(
                        "intermediate.int_medielogg__calls_latest",
                        "intermediate.int_video__calls_latest",
                        "marts.fct_medielogg_call",
                        "marts.fct_video_call");
        // and a data test that checks each key apart looks at the merged keys only
        assertThat(uniquenessFailuresWithASecondRowOf(home, "R-91002899", testsPassedBefore))
                .as("a second row of a recording merged tonight is found")
                .containsExactly("assert_fct_medielogg_call__one_row_per_recording: 1");

        // when the rostering system sends October again, an absence grows into February and SAF-T comes again,
        // then the rebuild still agrees, table by table
        correctOctoberAnAbsenceAndTheLedger(delivered, inbox);
        nightEqualToAFullRebuild(home, on(inbox, LocalDate.of(2026, 3, 5)));
        assertThat(actions(
                        home, "marts.fct_turnus_shift", "marts.fct_turnus_aml_breach", "marts.fct_turnus_absence_day"))
                .as("the turnus facts are rewritten for the months the deliveries reach")
                .containsOnly("MERGED");
        assertThat(rewrittenMonths(home, "marts.fct_turnus_shift")).containsExactly("2025-10");
        assertThat(rewrittenMonths(home, "marts.fct_turnus_absence_day"))
                .as("the case that grew into February is rewritten in January too")
                .containsExactly("2026-01", "2026-02");
        assertThat(rewrittenMonths(home, "marts.fct_turnus_aml_breach"))
                .as("a change to October's shifts (and so to the week that starts on 29 September) reaches"
                        + " from the month before that week to the months the 52 weeks run into")
                .startsWith("2025-08", "2025-09", "2025-10")
                .contains("2026-02")
                .doesNotContain("2025-07");
        assertThat(actions(home, "marts.fct_ledger_posting"))
                .as("the postings are rewritten for the periods the new SAF-T file supplies")
                .containsOnly("MERGED");
        assertThat(actions(home, "marts.fct_video_call", "marts.fct_medielogg_call"))
                .containsOnly("KEPT");

        // when September's media-log and video rows are damaged in the work warehouse (a restored backup, say)
        LocalDate repair = LocalDate.of(2026, 3, 6);
        damageSeptember(home);
        assertThat(differencesFromAFullRebuild(home, repair))
                .as("the oracle sees the damage")
                .isNotEmpty();

        // then a night that rebuilds September makes it whole again, though nothing new came
        RunReport repaired =
                nightEqualToAFullRebuild(home, on(inbox, repair).withRebuildMonths(MonthRange.parse("2025-09")));
        assertThat(repaired.unchangedSinceRun()).isNull();
        assertThat(actions(home, "marts.fct_video_call", "marts.fct_medielogg_call"))
                .containsOnly("MERGED");

        // and a full refresh builds every table
        RunReport refreshed =
                NightlyRun.run(home, on(inbox, LocalDate.of(2026, 3, 7)).withFullRefresh(true));
        assertThat(refreshed.published()).isTrue();
        assertThat(WarehouseRows.work(home, "select distinct action from meta.model_build order by 1"))
                .containsExactly("BUILT", "VIEW");
    }

    /** Runs a night, and checks that it published and that its warehouse and publication are a full rebuild's. */
    private RunReport nightEqualToAFullRebuild(Home home, NightlyParameters parameters) throws IOException {
        RunReport report = NightlyRun.run(home, parameters);
        assertThat(report.published())
                .as(parameters.runDate() + ": " + report.message())
                .isTrue();
        assertThat(differencesFromAFullRebuild(home, parameters.runDate()))
                .as("the night of %s", parameters.runDate())
                .isEmpty();
        return report;
    }

    private static NightlyParameters on(Path inbox, LocalDate date) {
        return NightlyParameters.of(inbox, date).withPseudonymKeySource(PseudonymKey.DEMO_SOURCE);
    }

    /**
     * As the night's tests saw it (the tests that had passed before the night, {@code passedBefore} as
     * SQL rows), with a second row of {@code recording} and of a recording the last build did not merge:
     * the data tests' failures, as "test: offending rows". The rows are taken away again.
     */
    private static List<String> uniquenessFailuresWithASecondRowOf(
            Home home, String recording, List<String> passedBefore) {
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            work.jdbi().useHandle(handle -> {
                handle.execute("delete from meta.data_test_passed");
                handle.execute("insert into meta.data_test_passed values " + String.join(", ", passedBefore));
            });
            work.jdbi().useHandle(handle -> handle.execute("""
                    insert into marts.fct_medielogg_call
                    select * replace (-1 as duration_seconds) from marts.fct_medielogg_call
                    where recording_id = '%s'
                       or recording_id = (select min(recording_id) from marts.fct_medielogg_call
                                          where recording_id not in (select recording_id from meta.merged_keys__marts_fct_medielogg_call))
                    """.formatted(recording)));
            List<String> failures = DataTests.run(work.jdbi()).stream()
                    .map(failure -> failure.test() + ": " + failure.offendingRows())
                    .toList();
            work.jdbi()
                    .useHandle(handle ->
                            handle.execute("delete from marts.fct_medielogg_call where duration_seconds = -1"));
            return failures;
        }
    }

    /** Deletes some of September 2025's rows from the incremental media-log tables and changes a video call. */
    private static void damageSeptember(Home home) {
        try (DuckDbDatabase work = DuckDbDatabase.openReadWrite(home.workWarehouse())) {
            work.jdbi().useHandle(handle -> {
                handle.execute("delete from intermediate.int_medielogg__calls_latest"
                        + " where start_at >= timestamptz '2025-09-10 00:00:00+00'"
                        + " and start_at < timestamptz '2025-09-20 00:00:00+00'");
                handle.execute("delete from marts.fct_medielogg_call where start_date = date '2025-09-15'");
                handle.execute("update marts.fct_video_call set duration_seconds = duration_seconds + 1"
                        + " where start_date = date '2025-09-03'");
            });
        }
    }

    /** Copies into the inbox every delivery whose name dates it before {@code night}. */
    private static void deliverUntil(Path delivered, Path inbox, LocalDate night) throws IOException {
        try (Stream<Path> files = Files.walk(delivered)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (deliveredOn(file.getFileName().toString()).isBefore(night)) {
                    Path target = inbox.resolve(delivered.relativize(file).toString());
                    if (!Files.exists(target)) {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        }
    }

    private static LocalDate deliveredOn(String fileName) {
        Matcher stamp = STAMP.matcher(fileName);
        if (stamp.find()) {
            String day = stamp.group(1);
            return LocalDate.of(
                    Integer.parseInt(day.substring(0, 4)),
                    Integer.parseInt(day.substring(4, 6)),
                    Integer.parseInt(day.substring(6, 8)));
        }
        Matcher date = DATE.matcher(fileName);
        if (date.find()) {
            return LocalDate.parse(date.group(1));
        }
        throw new IllegalArgumentException("no delivery date in " + fileName);
    }

    private static void correctAVideoCallAndARecording(Path delivered, Path inbox) throws IOException {
        String call = Files.readAllLines(delivered.resolve("video/bliksund/bliksund_20251005020000.jsonl")).stream()
                .filter(line -> line.contains("\"b-7088071\""))
                .findFirst()
                .orElseThrow()
                .replace("2025-09-27T", "2025-08-27T")
                .replace("\"COMPLETED\"", "\"FAILED\"");
        write(inbox.resolve("video/bliksund/bliksund_20260303020000.jsonl"), List.of(call));
        List<String> calls = Files.readAllLines(delivered.resolve("medielogg/calls/calls_20251101020000.csv"));
        String recording = calls.stream()
                .filter(line -> line.startsWith("R-91002899,"))
                .findFirst()
                .orElseThrow()
                .replace(",2025-09-29T", ",2025-08-29T")
                .replaceAll(",\\d+,([01])$", ",999,$1");
        write(inbox.resolve("medielogg/calls/calls_20260303020000.csv"), List.of(calls.get(0), recording));
    }

    private static void correctOctoberAnAbsenceAndTheLedger(Path delivered, Path inbox) throws IOException {
        // October again: its first 40 shifts gone, the next one 14 hours long
        List<String> october = Files.readAllLines(delivered.resolve("turnus/shifts/shifts_2025-10_20251101013000.csv"));
        List<String> newOctober = new ArrayList<>();
        newOctober.add(october.get(0));
        String[] longer = october.get(41).split(";", -1);
        longer[4] = LocalDateTime.parse(longer[3], SHIFT_TIME).plusHours(14).format(SHIFT_TIME);
        newOctober.add(String.join(";", longer));
        newOctober.addAll(october.subList(42, october.size()));
        write(inbox.resolve("turnus/shifts/shifts_2025-10_20260304013000.csv"), newOctober);
        // a January sick leave, delivered again with February's absences, now running to 10 February
        List<String> february =
                Files.readAllLines(delivered.resolve("turnus/absences/absences_2026-02_20260301013000.csv"));
        String grown =
                Files.readAllLines(delivered.resolve("turnus/absences/absences_2026-01_20260201013000.csv")).stream()
                        .filter(line -> line.startsWith("A-900001;"))
                        .findFirst()
                        .orElseThrow()
                        .replace(";2026-01-31;", ";2026-02-10;");
        List<String> newFebruary = new ArrayList<>(february);
        newFebruary.add(grown);
        write(inbox.resolve("turnus/absences/absences_2026-02_20260304013000.csv"), newFebruary);
        // the SAF-T file of January's periods, delivered again with a later stamp: it wins them
        Files.copy(
                delivered.resolve("ledger/saft/SAF-T Financial_986352325_20260115020000_1_1.xml"),
                inbox.resolve("ledger/saft/SAF-T Financial_986352325_20260304020000_1_1.xml"));
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** The months the last build rewrote in {@code model}, in order ({@code meta.model_months}). */
    private static List<String> rewrittenMonths(Home home, String model) {
        return WarehouseRows.work(
                home, "select month_label from meta.model_months where model_name = '" + model + "' order by 1");
    }

    /** What the last build did with each of {@code models} ({@code meta.model_build}). */
    private static List<String> actions(Home home, String... models) {
        return WarehouseRows.work(
                home,
                "select action from meta.model_build where model_name in ("
                        + Stream.of(models).map(model -> "'" + model + "'").collect(Collectors.joining(", "))
                        + ")");
    }

    /**
     * Rebuilds a copy of the home's work warehouse whole, from the same landing archive, and lists every
     * table of the layers and every published Parquet file whose rows differ from the rebuild's.
     */
    private List<String> differencesFromAFullRebuild(Home home, LocalDate night) throws IOException {
        Path oracle = temporary.resolve("full-rebuild-" + night + ".duckdb");
        Files.copy(home.workWarehouse(), oracle, StandardCopyOption.REPLACE_EXISTING);
        List<String> differences = new ArrayList<>();
        try (DuckDbDatabase rebuilt = DuckDbDatabase.openReadWrite(oracle)) {
            // the raw views over the archive stay as the night made them
            ModelBuild.run(
                    rebuilt.jdbi(),
                    night,
                    List.of(),
                    Map.of("min_persons", (long) NightlyParameters.DEFAULT_MIN_PERSONS),
                    ModelBuild.Refresh.FULL,
                    null,
                    0);
            rebuilt.jdbi().useHandle(handle -> {
                handle.execute(
                        "attach '" + DuckDbDatabase.sqlLiteral(home.workWarehouse()) + "' as incremental (read_only)");
                Set<String> tables = tables(handle, "current_database()");
                Set<String> incrementalTables = tables(handle, "'incremental'");
                if (!tables.equals(incrementalTables)) {
                    differences.add("tables: rebuilt " + tables + ", incremental " + incrementalTables);
                }
                for (String table : tables) {
                    if (incrementalTables.contains(table)) {
                        compare(handle, table, table, "incremental." + table, differences);
                    }
                }
                List<String> views = views(handle);
                try (Stream<Path> files = Files.list(home.publishedParquet())) {
                    for (Path file : files.sorted().toList()) {
                        String view = "bi." + file.getFileName().toString().replace(".parquet", "");
                        if (views.contains(view)) {
                            compare(
                                    handle,
                                    "published " + file.getFileName(),
                                    view,
                                    "read_parquet('" + DuckDbDatabase.sqlLiteral(file) + "')",
                                    differences);
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                // and the tables of the published DuckDB file, but the two that name the run
                handle.execute("attach '" + DuckDbDatabase.sqlLiteral(home.publishedWarehouse())
                        + "' as published (read_only)");
                Set<String> published = tables(handle, "'published'");
                published.removeAll(Set.of("bi.bi_publication", "bi.bi_domain_status"));
                Set<String> publishable = new TreeSet<>(views);
                tables.stream()
                        .filter(table -> table.startsWith("reporting.") || table.startsWith("bi."))
                        .forEach(publishable::add);
                if (!published.equals(publishable)) {
                    differences.add("published tables: " + published + ", the rebuild's " + publishable);
                }
                // the bi tables' rows are their Parquet files' (written from them, or shared where both are kept)
                for (String table : published) {
                    if (publishable.contains(table) && table.startsWith("reporting.")) {
                        compare(handle, "published " + table, table, "published." + table, differences);
                    }
                }
                handle.execute("detach published");
                handle.execute("detach incremental");
            });
        }
        Files.delete(oracle);
        return differences;
    }

    /**
     * {@code except all} both ways in one pass: every distinct row is counted on each side, and a row whose counts
     * differ is missing from one side as often as the other has it more. Four times faster than the two
     * {@code except all}s over the video calls, which made most of this test's time.
     */
    private static void compare(Handle handle, String name, String rebuilt, String incremental, List<String> out) {
        String surplus = "select * exclude (oracle_side), sum(oracle_side) as rebuild_surplus from ("
                + "select *, 1 as oracle_side from " + rebuilt
                + " union all select *, -1 from " + incremental
                + ") group by all having sum(oracle_side) <> 0";
        long[] missingAndExtra = handle.createQuery("select"
                        + " coalesce(sum(rebuild_surplus) filter (where rebuild_surplus > 0), 0),"
                        + " coalesce(-sum(rebuild_surplus) filter (where rebuild_surplus < 0), 0)"
                        + " from (" + surplus + ")")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .one();
        if (missingAndExtra[0] + missingAndExtra[1] > 0) {
            Optional<String> example = handle.createQuery("select t::varchar from (select * exclude (rebuild_surplus)"
                            + " from (" + surplus + ") where rebuild_surplus > 0) as t limit 1")
                    .mapTo(String.class)
                    .findOne();
            out.add(name + ": " + missingAndExtra[0] + " row(s) of the rebuild missing, " + missingAndExtra[1]
                    + " row(s) too many"
                    + example.map(row -> " (missing e.g. " + row + ")").orElse(""));
        }
    }

    private static Set<String> tables(Handle handle, String database) {
        Set<String> tables = new TreeSet<>();
        handle.createQuery("select schema_name || '.' || table_name from duckdb_tables() where database_name = "
                        + database + " and schema_name in ('staging', 'intermediate', 'marts', 'reporting', 'bi')"
                        + " order by 1")
                .mapTo(String.class)
                .forEach(tables::add);
        return tables;
    }

    private static List<String> views(Handle handle) {
        return handle.createQuery("select schema_name || '.' || view_name from duckdb_views()"
                        + " where database_name = current_database() and schema_name = 'bi'")
                .mapTo(String.class)
                .list();
    }
}
