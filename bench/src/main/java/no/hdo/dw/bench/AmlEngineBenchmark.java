package no.hdo.dw.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.ModelBuild;

/**
 * How fast the working-time breach engine (the {@code int_turnus__aml_*} models, {@code dim_turnus_aml_rule} and
 * {@code fct_turnus_aml_breach}) runs over a generated year of rosters. Not a test: it prints figures
 * (bench/README.md).
 *
 * <ol>
 * <li>Generates (or reuses) the rosters of {@code bench.persons} persons ({@link AmlRosterGenerator}).</li>
 * <li>Loads them into a fresh DuckDB file as the turnus interface tables
 * ({@code intermediate.int_turnus__shifts}, {@code intermediate.int_turnus__employments}): DuckDB's
 * own {@code read_csv}, timed apart.</li>
 * <li>Builds the engine's models on them with {@link ModelBuild#runOnly} and counts the breaches per rule.</li>
 * </ol>
 *
 * <p>System properties: {@code bench.persons} (2 000), {@code bench.dir} ({@code target/bench}).
 */
public final class AmlEngineBenchmark {

    private static final double MB = 1024.0 * 1024.0;
    private static final Set<String> ENGINE_MARTS = Set.of("marts.dim_turnus_aml_rule", "marts.fct_turnus_aml_breach");

    private AmlEngineBenchmark() {}

    public static void main(String[] args) throws IOException {
        int persons = Integer.getInteger("bench.persons", 2_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Path rosters = dir.resolve("aml");

        long generateStarted = System.nanoTime();
        AmlRosterGenerator.Roster roster = AmlRosterGenerator.write(rosters, persons);
        System.out.printf(
                Locale.ROOT,
                "Generated %,d shifts of %,d persons in %.1f s (%s)%n",
                roster.shiftCount(),
                persons,
                seconds(generateStarted),
                roster.shifts());

        Path database = rosters.resolve("aml-bench.duckdb");
        Files.deleteIfExists(database);
        Files.deleteIfExists(rosters.resolve("aml-bench.duckdb.wal"));
        try (DuckDbDatabase warehouse = DuckDbDatabase.openReadWrite(database);
                MemorySampler sampler = new MemorySampler()) {
            long loadStarted = System.nanoTime();
            warehouse.jdbi().useHandle(handle -> {
                handle.execute("create schema intermediate");
                handle.execute(
                        "create table intermediate.int_turnus__shifts as select shift_id, employee_key, org_unit_id, shift_type, "
                                + "start_at, end_at, timezone('Europe/Oslo', start_at) as start_local, timezone('Europe/Oslo', end_at) as end_local, "
                                + "(epoch(end_at) - epoch(start_at)) / 3600 as duration_hours from read_csv('"
                                + DuckDbDatabase.sqlLiteral(roster.shifts())
                                + "', header = true, columns = {shift_id: 'VARCHAR', employee_key: 'VARCHAR', org_unit_id: 'VARCHAR', "
                                + "shift_type: 'VARCHAR', start_at: 'TIMESTAMPTZ', end_at: 'TIMESTAMPTZ'})");
                handle.execute("create table intermediate.int_turnus__employments as select * from read_csv('"
                        + DuckDbDatabase.sqlLiteral(roster.employments())
                        + "', header = true, columns = {employee_key: 'VARCHAR', "
                        + "org_unit_id: 'VARCHAR', employment_type: 'VARCHAR', position_pct: 'DECIMAL(5,2)', valid_from: 'DATE', "
                        + "valid_to: 'DATE', has_aml_dispensation: 'BOOLEAN'})");
                handle.execute("checkpoint");
            });
            double loadSeconds = seconds(loadStarted);
            System.out.printf(
                    Locale.ROOT,
                    "DuckDB read_csv of the interface tables: %.1f s (%,.0f shifts/s)%n",
                    loadSeconds,
                    roster.shiftCount() / loadSeconds);

            MemorySampler.resetVmHwm();
            long cpuBefore = processCpuNanos();
            long started = System.currentTimeMillis();
            long engineStarted = System.nanoTime();
            List<ModelBuild.Model> built = ModelBuild.runOnly(
                    warehouse.jdbi(),
                    LocalDate.of(2026, 3, 1),
                    model -> model.name().startsWith("int_turnus__aml_")
                            || ENGINE_MARTS.contains(model.qualifiedName()));
            double engineSeconds = seconds(engineStarted);
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            sampler.sampleNow();
            MemorySampler.Peaks peaks = sampler.peaks(started, System.currentTimeMillis());
            long vmHwm = MemorySampler.vmHwm();

            System.out.printf(
                    Locale.ROOT,
                    "Breach engine: %d models, %.1f s wall, %.1f s CPU, %,.0f shifts/s; peak heap %.0f MB, "
                            + "peak RSS (sampled) %.0f MB, VmHWM %.0f MB (JVM and DuckDB together); %d cores%n",
                    built.size(),
                    engineSeconds,
                    cpuSeconds,
                    roster.shiftCount() / engineSeconds,
                    peaks.heapUsed() / MB,
                    peaks.rss() / MB,
                    vmHwm / MB,
                    Runtime.getRuntime().availableProcessors());
            warehouse.jdbi().useHandle(handle -> {
                System.out.println("Breaches per rule:");
                handle.createQuery("""
                                select rules.rule_id, count(breaches.rule_id) as breaches, count(distinct breaches.employee_key) as persons
                                from marts.dim_turnus_aml_rule as rules left join marts.fct_turnus_aml_breach as breaches using (rule_id)
                                group by rules.rule_id, rules.rule_order order by rules.rule_order""")
                        .map((rs, ctx) -> String.format(
                                Locale.ROOT,
                                "  %-18s %,9d breaches, %,6d persons",
                                rs.getString(1),
                                rs.getLong(2),
                                rs.getLong(3)))
                        .list()
                        .forEach(System.out::println);
                System.out.println("Shifts by type: "
                        + handle.createQuery(
                                        "select string_agg(shift_type || ' ' || n, ', ' order by shift_type) from "
                                                + "(select shift_type, count(*) as n from intermediate.int_turnus__shifts group by 1)")
                                .mapTo(String.class)
                                .one());
            });
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
