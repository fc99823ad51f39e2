package no.hdo.dw.warehouse.turnus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.hdo.dw.warehouse.DuckDbDatabase;
import no.hdo.dw.warehouse.ModelBuild;
import no.hdo.dw.warehouse.ModelBuild.Model;

/**
 * The breach engine on hand-made input: a real DuckDB file in which the turnus interface
 * ({@code intermediate.int_turnus__shifts}, {@code intermediate.int_turnus__employments}) are
 * tables filled by the test, and the engine's own models from the class path built on them: the
 * rules of definitions.md on hand-made shifts, without landing anything or running a nightly job.
 * Public, for the tests of the modules above (the jobs module's report tests build on it).
 */
public final class AmlEngine implements AutoCloseable {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final String PERSON = "p1";

    /** The engine: the rules, the work intervals, the rule models and the breach fact. */
    public static final Predicate<Model> ENGINE = model -> model.name().startsWith("int_turnus__aml_")
            || Set.of("marts.dim_turnus_aml_rule", "marts.fct_turnus_aml_breach")
                    .contains(model.qualifiedName());

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DuckDbDatabase database;
    private int shifts;

    private AmlEngine(DuckDbDatabase database) {
        this.database = database;
    }

    public static AmlEngine create(Path folder) {
        DuckDbDatabase database = DuckDbDatabase.openReadWrite(folder.resolve("aml.duckdb"));
        database.jdbi().useHandle(handle -> {
            handle.execute("create schema intermediate");
            handle.execute("""
                    create table intermediate.int_turnus__shifts (
                        shift_id varchar, employee_key varchar, org_unit_id varchar, shift_type varchar,
                        start_at timestamptz, end_at timestamptz, start_local timestamp, end_local timestamp,
                        duration_hours double)""");
            handle.execute("""
                    create table intermediate.int_turnus__employments (
                        employee_key varchar, org_unit_id varchar, employment_type varchar, position_pct decimal(5,2),
                        valid_from date, valid_to date, has_aml_dispensation boolean)""");
        });
        return new AmlEngine(database);
    }

    public DuckDbDatabase database() {
        return database;
    }

    /** An open-ended employment from 2020, with or without dispensation. */
    public AmlEngine employee(String employee, boolean dispensation) {
        return employment(employee, LocalDate.of(2020, 1, 1), null, dispensation);
    }

    public AmlEngine employment(String employee, LocalDate from, LocalDate to, boolean dispensation) {
        database.jdbi()
                .useHandle(handle -> handle.createUpdate(
                                "insert into intermediate.int_turnus__employments values (?, 'OU1', 'FAST', 100.00, ?, ?, ?)")
                        .bind(0, employee)
                        .bind(1, from)
                        .bind(2, to)
                        .bind(3, dispensation)
                        .execute());
        return this;
    }

    /** A shift of {@link #PERSON}. */
    public AmlEngine shift(String type, String start, String end) {
        return shift(PERSON, type, start, end);
    }

    /**
     * A shift: {@code start} and {@code end} as Europe/Oslo wall time {@code 2026-01-05 07:00} (the
     * first of a doubled autumn hour), or with an offset {@code 2025-10-26 02:30+01:00}.
     */
    public AmlEngine shift(String employee, String type, String start, String end) {
        OffsetDateTime startAt = instant(start);
        OffsetDateTime endAt = instant(end);
        int number = ++shifts;
        database.jdbi()
                .useHandle(handle -> handle.createUpdate("""
                        insert into intermediate.int_turnus__shifts values
                        (?, ?, 'OU1', ?, cast(? as timestamptz), cast(? as timestamptz), cast(? as timestamp), cast(? as timestamp), ?)""")
                        .bind(0, "s" + number)
                        .bind(1, employee)
                        .bind(2, type)
                        .bind(3, INSTANT.format(startAt))
                        .bind(4, INSTANT.format(endAt))
                        .bind(
                                5,
                                startAt.atZoneSameInstant(OSLO)
                                        .toLocalDateTime()
                                        .toString())
                        .bind(6, endAt.atZoneSameInstant(OSLO).toLocalDateTime().toString())
                        .bind(7, Duration.between(startAt, endAt).toSeconds() / 3600.0)
                        .execute());
        return this;
    }

    /** The same shift of {@link #PERSON} on every day from {@code firstDay} to {@code lastDay}: {@code 07:00} to {@code 15:00}, into the next day if the end is not after the start. */
    public AmlEngine everyDay(String type, String firstDay, String lastDay, String start, String end) {
        return repeated(type, LocalDate.parse(firstDay), LocalDate.parse(lastDay), 1, start, end);
    }

    /** The same shift of {@link #PERSON} once a week, {@code weeks} times from {@code firstDay}. */
    public AmlEngine everyWeek(String type, String firstDay, int weeks, String start, String end) {
        LocalDate first = LocalDate.parse(firstDay);
        return repeated(type, first, first.plusWeeks(weeks - 1L), 7, start, end);
    }

    private AmlEngine repeated(String type, LocalDate first, LocalDate last, int stepDays, String start, String end) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(stepDays)) {
            LocalDate endDay = end.compareTo(start) > 0 ? day : day.plusDays(1);
            shift(type, day + " " + start, endDay + " " + end);
        }
        return this;
    }

    private static OffsetDateTime instant(String text) {
        if (text.length() > 16) {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        }
        return ZonedDateTime.ofLocal(LocalDateTime.parse(text, LOCAL), OSLO, null)
                .toOffsetDateTime();
    }

    /** Builds the engine and returns every breach as {@code RULE yyyy-MM-dd measured limit}. */
    public List<String> breaches() {
        build(ENGINE);
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("""
                        select rule_id, breach_date, measured_value, limit_value
                        from marts.fct_turnus_aml_breach order by breach_date, rule_id""")
                        .map((rs, ctx) -> breach(
                                rs.getString(1),
                                rs.getObject(2, LocalDate.class).toString(),
                                rounded(rs.getDouble(3)),
                                rounded(rs.getDouble(4))))
                        .list());
    }

    /** Builds the engine and returns the work intervals as {@code yyyy-MM-dd HH:mm - yyyy-MM-dd HH:mm} local time. */
    public List<String> workIntervals() {
        build(ENGINE);
        return database.jdbi()
                .withHandle(
                        handle -> handle.createQuery("""
                        select strftime(interval_start_local, '%Y-%m-%d %H:%M') || ' - ' || strftime(interval_end_local, '%Y-%m-%d %H:%M')
                        from intermediate.int_turnus__aml_work_intervals order by employee_key, interval_start_at""").mapTo(String.class).list());
    }

    /** The breaches of one rule, as {@link #breaches()}. */
    public List<String> breaches(String rule) {
        return breaches().stream()
                .filter(breach -> breach.startsWith(rule + " "))
                .toList();
    }

    /** Whether the breaches of one rule carry the dispensation flag. */
    public List<Boolean> dispensationFlags(String rule) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "select has_aml_dispensation from marts.fct_turnus_aml_breach where rule_id = ? order by breach_date")
                        .bind(0, rule)
                        .mapTo(Boolean.class)
                        .list());
    }

    public void build(Predicate<Model> models) {
        // The months with a shifts file (the months the breach series know) are those of the shifts given.
        database.jdbi().useHandle(handle -> handle.execute("""
                create or replace table intermediate.int_turnus__delivered_months as
                select distinct 'shifts' as feed, cast(date_trunc('month', start_local) as date) as month_start_date
                from intermediate.int_turnus__shifts"""));
        ModelBuild.runOnly(database.jdbi(), LocalDate.of(2026, 3, 1), models);
    }

    public static String breach(String rule, String date, String measured, String limit) {
        return rule + " " + date + " " + measured + " " + limit;
    }

    private static String rounded(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    @Override
    public void close() {
        database.close();
    }
}
