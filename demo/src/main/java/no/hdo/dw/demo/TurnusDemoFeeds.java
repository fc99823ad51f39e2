package no.hdo.dw.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import no.hdo.dw.demo.DemoInbox.BadRecord;
import no.hdo.dw.demo.DemoInbox.FeedSummary;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.Pseudonymiser;

/**
 * The demo's staff data (turnus): employments, shifts and absences of a staff of 103 (plus a few
 * who left in 2025), February 2025 through February 2026, built so that the warehouse gives the
 * business report's staff figures exactly (seed-report-2026-02.md, "Staff").
 *
 * <p><b>The base roster breaks no working-time rule by construction</b> (definitions.md):
 * <ul>
 * <li>Day workers (every unit but "Drift kontrollrom"): Monday-Friday 08:00-16:00 (part-timers at
 * 80 %: Monday-Thursday), not on public holidays. Free 16 h every night, 56 h every weekend.</li>
 * <li>Control room ("Drift kontrollrom"): a two-week rotation by week parity. Week X:
 * Monday-Friday 08:00-16:00 (40 h). Week Y: Wednesday and Thursday 14:00-22:00, Saturday and
 * Sunday 08:00-19:30 (39 h). Rest between shifts at least 12.5 h (11.5 h of real time across the
 * spring-forward night), at most 12.5 h of work in any 24 h, a free Monday 00:00 - Wednesday 14:00
 * (62 h) in week Y and Friday 16:00 - Monday 00:00 (56 h) in week X, every other Sunday worked.</li>
 * <li>Extras, day workers only, at most one a person a week, Monday-Thursday on a day with the
 * ordinary 08:00-16:00 shift: overtime (OT) 16:00 to at most 20:00 (12 h work in 24 h, 12 h rest),
 * or standby (BV) 16:00-08:00 with one call-out (UTR) between 17:00 and 21:00 of at most 4 h
 * (at most 13 h work in any 24 h, at least 11 h rest). So at most 44 h a week, 176 h in four weeks,
 * 4 h overtime a week, 16 h in four weeks, and (spread over ~60 people) far below 200 h a year.</li>
 * <li>Any absence removes that day's shifts, which can only lengthen rests and shorten hours.</li>
 * </ul>
 * The breaches of the report are then planted on 14 day workers who get no extras and no absences
 * ({@link #plantedBreaches()}): each scenario changes a few shifts of one person and breaks exactly
 * the rules listed for it.
 */
public final class TurnusDemoFeeds {

    static final String EMPLOYEES = TextFeed.EMPLOYEES.key();
    static final String SHIFTS = TextFeed.SHIFTS.key();
    static final String ABSENCES = TextFeed.ABSENCES.key();

    /** The report's overtime and call-out hours; other months are the demo's own. */
    public static final Map<YearMonth, Integer> REPORTED_OVERTIME_HOURS =
            Map.of(YearMonth.of(2026, 1), 256, YearMonth.of(2026, 2), 197);

    public static final Map<YearMonth, Integer> REPORTED_CALLOUT_HOURS =
            Map.of(YearMonth.of(2026, 1), 86, YearMonth.of(2026, 2), 104);

    private static final YearMonth FIRST_MONTH = DemoInbox.FIRST_MONTH;
    private static final YearMonth LAST_MONTH = DemoInbox.LAST_MONTH;
    private static final LocalDate FIRST_DAY = FIRST_MONTH.atDay(1);
    private static final LocalDate LAST_DAY = LAST_MONTH.atEndOfMonth();
    /** Week parity of the control room's rotation counts from this Monday. */
    private static final LocalDate ROTATION_EPOCH = LocalDate.of(2025, 1, 6);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final String CONTROL_ROOM = "Drift kontrollrom";

    private TurnusDemoFeeds() {}

    // ------------------------------------------------------------------------------------------
    // People
    // ------------------------------------------------------------------------------------------

    record EmploymentRow(String orgUnit, String type, String pct, LocalDate from, LocalDate to, boolean dispensation) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        String csv(String employeeNo) {
            return TextFeed.EMPLOYEES.row(
                    employeeNo,
                    orgUnit,
                    type,
                    pct,
                    from.toString(),
                    to == null ? "" : to.toString(),
                    dispensation ? "J" : "N");
        }
    }

    record Person(int index, String employeeNo, List<EmploymentRow> rows) {

        EmploymentRow on(LocalDate day) {
            return rows.stream().filter(row -> row.covers(day)).findFirst().orElse(null);
        }

        boolean isControlRoom(LocalDate day) {
            EmploymentRow row = on(day);
            return row != null && row.orgUnit().equals(CONTROL_ROOM);
        }

        boolean isPartTime(LocalDate day) {
            EmploymentRow row = on(day);
            return row != null && !row.pct().equals("100");
        }
    }

    static String employeeNo(int index) {
        // Ten digits: a shorter number turns up by chance inside the hex keys and hashes the warehouse is full
        // of, and the privacy tests search every byte of the home for these numbers.
        return String.valueOf(7_310_000_001L + index);
    }

    // Indexes of the people with a part in the report's figures.
    static final int PT1 = 60, PT3 = 61, PT2 = 84, PT4 = 85;
    static final int R1 = 40,
            R2 = 41,
            R3 = 42,
            H1 = 43,
            H2 = 44,
            H3 = 45,
            W1 = 46,
            W2 = 47,
            W3 = 48,
            W4 = 49,
            W5 = 50,
            F1 = 64,
            S1 = 66,
            S2 = 67;
    static final Set<Integer> SCENARIO_PEOPLE = Set.of(R1, R2, R3, H1, H2, H3, W1, W2, W3, W4, W5, F1, S1, S2);
    static final int LC1 = 51,
            LC2 = 52,
            LC3 = PT1,
            LC4 = 53,
            LC5 = 54,
            LC6 = 55,
            LC7 = PT2,
            LC8 = 56,
            SC1 = 68,
            SC2 = 69,
            SC3 = 70,
            SC4 = PT3,
            SC5 = PT4,
            SC6 = 71;
    static final Set<Integer> CASE_PEOPLE =
            Set.of(LC1, LC2, LC3, LC4, LC5, LC6, LC7, LC8, SC1, SC2, SC3, SC4, SC5, SC6);
    /** Two employment rows of one person that overlap: both are quarantined, the person is in no figure. */
    static final int OVERLAPPING = 107;

    /**
     * 103 employed at the end of February 2026: 95 permanent, 4 temporary, 2 apprentices and 2
     * trainees; 40 in the control room, 24 in customer service, 20 in the platform team, 15 in staff
     * functions, 4 in management (a unit below the BI views' 5 persons). Four work 80 % in 2026.
     * Three left in 2025 and a summer temp came and went.
     */
    static List<Person> people(SplittableRandom random) {
        List<Person> people = new ArrayList<>();
        for (int index = 0; index <= OVERLAPPING; index++) {
            LocalDate hired = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 14));
            hired = hired.withDayOfMonth(1);
            String unit = index < 40
                    ? CONTROL_ROOM
                    : index < 64 ? "Kundeservice" : index < 84 ? "Plattform" : index < 99 ? "Fag og stab" : "Ledelse";
            List<EmploymentRow> rows = new ArrayList<>();
            switch (index) {
                case 62, 63 ->
                    rows.add(new EmploymentRow(
                            unit, "MIDLERTIDIG", "100", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), false));
                case 80, 81 ->
                    rows.add(new EmploymentRow(
                            unit, "MIDLERTIDIG", "100", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), false));
                case 82, 83 ->
                    rows.add(new EmploymentRow(
                            unit, "LAERLING", "100", LocalDate.of(2025, 8, 15), LocalDate.of(2027, 8, 14), false));
                case 97, 98 ->
                    rows.add(new EmploymentRow(
                            unit, "TRAINEE", "100", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), false));
                case PT1, PT2, PT4 -> rows.add(new EmploymentRow(unit, "FAST", "80", hired, null, false));
                case PT3 -> {
                    // from 62.5 % (a decimal comma) to 80 %: a new row, a new version of the employee
                    rows.add(new EmploymentRow(unit, "FAST", "62,5", hired, LocalDate.of(2025, 8, 31), false));
                    rows.add(new EmploymentRow(unit, "FAST", "80", LocalDate.of(2025, 9, 1), null, false));
                }
                case 65 -> {
                    rows.add(new EmploymentRow("Plattform", "FAST", "100", hired, LocalDate.of(2025, 9, 30), false));
                    rows.add(new EmploymentRow("Fag og stab", "FAST", "100", LocalDate.of(2025, 10, 1), null, false));
                }
                case F1 -> {
                    // worked under a dispensation until 18 January 2026 (see the HOURS_4_WEEKS scenario)
                    rows.add(new EmploymentRow(unit, "FAST", "100", hired, LocalDate.of(2026, 1, 18), true));
                    rows.add(new EmploymentRow(unit, "FAST", "100", LocalDate.of(2026, 1, 19), null, false));
                }
                case 103 ->
                    rows.add(new EmploymentRow("Kundeservice", "FAST", "100", hired, LocalDate.of(2025, 5, 31), false));
                case 104 ->
                    rows.add(new EmploymentRow(CONTROL_ROOM, "FAST", "100", hired, LocalDate.of(2025, 8, 31), false));
                case 105 ->
                    rows.add(new EmploymentRow("Fag og stab", "FAST", "100", hired, LocalDate.of(2025, 10, 31), false));
                case 106 ->
                    rows.add(new EmploymentRow(
                            "Kundeservice",
                            "MIDLERTIDIG",
                            "100",
                            LocalDate.of(2025, 6, 16),
                            LocalDate.of(2025, 8, 15),
                            false));
                case OVERLAPPING -> {
                    rows.add(new EmploymentRow(
                            "Plattform", "FAST", "100", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), false));
                    rows.add(new EmploymentRow("Plattform", "FAST", "100", LocalDate.of(2025, 6, 1), null, false));
                }
                default -> rows.add(new EmploymentRow(unit, "FAST", "100", hired, null, index < 40 && index % 5 == 0));
            }
            people.add(new Person(index, employeeNo(index), rows));
        }
        return people;
    }

    // ------------------------------------------------------------------------------------------
    // Absences
    // ------------------------------------------------------------------------------------------

    record AbsenceSpell(String id, int person, LocalDate from, LocalDate to, String code, Integer degree) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        boolean overlaps(YearMonth month) {
            return !from.isAfter(month.atEndOfMonth()) && !to.isBefore(month.atDay(1));
        }

        String csv(String employeeNo) {
            return TextFeed.ABSENCES.row(
                    id, employeeNo, from.toString(), to.toString(), code, degree == null ? "" : degree.toString());
        }
    }

    /**
     * The sick leave of January and February 2026, case by case (definitions.md, "Sick leave").
     * Agreed days: January 21 (1 January is a holiday), February 20; 99 people at 100 % and 4 at
     * 80 %, so January weighs 21 x 102.2 = 2146.2 agreed days and February 20 x 102.2 = 2044.
     * <pre>
     * long-term, January:  LC1 20 + LC2 15 + LC3 10 x 0.8 x 0.5 = 4.0 + LC4 16 + LC5 5 + LC6 11 x 0.3 = 3.3  = 63.3 -> 2.9494 %
     * long-term, February: LC1 10 + LC2 5 + LC3 8.0 + LC5 8 + LC7 15 x 0.8 = 12.0 + LC8 3 x 0.4 = 1.2        = 44.2 -> 2.1624 %
     * short-term, January: SC2 2 + SC3 3.0 + SC4 0.8 + SC5 0.4 + fillers 40                                 = 46.2 -> 2.1526 %
     * short-term, February: SC1 12 + SC2 3 + SC6 0.3 + fillers 27                                           = 42.3 -> 2.0695 %
     * total: January 109.5 / 2146.2 = 5.1020 %; February 86.5 / 2044 = 4.2319 %
     * </pre>
     */
    static List<AbsenceSpell> reportedSickLeave(List<Person> people, SplittableRandom random) {
        List<AbsenceSpell> spells = new ArrayList<>();
        // Long-term cases (more than 16 calendar days).
        spells.add(new AbsenceSpell("A-900001", LC1, d(2026, 1, 5), d(2026, 2, 13), "SYK", 100)); // Jan 20, Feb 10
        spells.add(
                new AbsenceSpell("A-900002", LC2, d(2026, 1, 12), d(2026, 1, 14), "EGM", null)); // EGM chained to SYK:
        spells.add(new AbsenceSpell(
                "A-900003", LC2, d(2026, 1, 15), d(2026, 2, 6), "SYK", 100)); // one case of 26 days: Jan 15, Feb 5
        spells.add(new AbsenceSpell(
                "A-900004", LC3, d(2026, 1, 19), d(2026, 2, 27), "SYK", 50)); // 80 % x 50 %: Jan 10 x 0.4, Feb 20 x 0.4
        spells.add(
                new AbsenceSpell("A-900005", LC4, d(2025, 12, 1), d(2026, 1, 23), "SYK", 100)); // from December: Jan 16
        spells.add(new AbsenceSpell(
                "A-900006", LC5, d(2026, 1, 26), d(2026, 2, 11), "SYK", 100)); // exactly 17 days: Jan 5, Feb 8
        spells.add(new AbsenceSpell(
                "A-900007", LC6, d(2025, 12, 15), d(2026, 1, 16), "SYK", 30)); // graded 30 %: Jan 11 x 0.3
        spells.add(new AbsenceSpell("A-900008", LC7, d(2026, 2, 9), d(2026, 2, 27), "SYK", 100)); // 80 %: Feb 15 x 0.8
        spells.add(new AbsenceSpell(
                "A-900009", LC8, d(2026, 2, 25), d(2026, 3, 15), "SYK", 40)); // into March: Feb 3 x 0.4
        // Short-term cases (at most 16 calendar days).
        spells.add(new AbsenceSpell(
                "A-900010", SC1, d(2026, 2, 2), d(2026, 2, 17), "SYK", 100)); // exactly 16 days: Feb 12
        spells.add(new AbsenceSpell("A-900011", SC2, d(2026, 1, 29), d(2026, 1, 31), "EGM", null)); // across the month:
        spells.add(new AbsenceSpell("A-900012", SC2, d(2026, 2, 1), d(2026, 2, 4), "SYK", 100)); // 7 days, Jan 2, Feb 3
        spells.add(new AbsenceSpell(
                "A-900013", SC3, d(2026, 1, 13), d(2026, 1, 14), "EGM", null)); // 14 January covered twice:
        spells.add(new AbsenceSpell(
                "A-900014", SC3, d(2026, 1, 14), d(2026, 1, 16), "SYK", 50)); // once, at grade 1: Jan 1+1+0.5+0.5
        spells.add(new AbsenceSpell("A-900015", SC4, d(2026, 1, 20), d(2026, 1, 20), "EGM", null)); // 80 %: 0.8
        spells.add(new AbsenceSpell("A-900016", SC5, d(2026, 1, 22), d(2026, 1, 22), "SYK", 50)); // 80 % x 50 %: 0.4
        spells.add(new AbsenceSpell("A-900017", SC6, d(2026, 2, 11), d(2026, 2, 11), "SYK", 30)); // 0.3
        // Fillers: short cases of whole working days, Monday-Friday inside one week, one person each.
        List<Integer> free = new ArrayList<>();
        for (int index = 0; index < 103; index++) {
            if (!SCENARIO_PEOPLE.contains(index)
                    && !CASE_PEOPLE.contains(index)
                    && !people.get(index).isPartTime(d(2026, 1, 15))) {
                free.add(index);
            }
        }
        int[] januarySizes = {3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 5, 5}; // 40
        int[] februarySizes = {3, 2, 2, 2, 2, 1, 1, 1, 1, 5, 5, 2}; // 27
        int next = 900_100;
        int person = 0;
        for (int[] sizes : List.of(januarySizes, februarySizes)) {
            YearMonth month = sizes == januarySizes ? YearMonth.of(2026, 1) : YearMonth.of(2026, 2);
            List<LocalDate> mondays = new ArrayList<>();
            for (LocalDate day = month.atDay(1);
                    !day.isAfter(month.atEndOfMonth().minusDays(4));
                    day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                    mondays.add(day);
                }
            }
            for (int size : sizes) {
                LocalDate monday = mondays.get(random.nextInt(mondays.size()));
                LocalDate start = monday.plusDays(random.nextInt(5 - size + 1));
                String code = size >= 4 ? "SYK" : "EGM";
                spells.add(new AbsenceSpell(
                        "A-" + next++,
                        free.get(person++),
                        start,
                        start.plusDays(size - 1L),
                        code,
                        code.equals("SYK") ? 100 : null));
            }
        }
        return spells;
    }

    /** Sick leave and other absences of February-December 2025: the demo's own, plausible figures. */
    static List<AbsenceSpell> otherAbsences(List<Person> people, SplittableRandom random) {
        List<AbsenceSpell> spells = new ArrayList<>();
        int next = 100_000;
        LocalDate lastEnd = d(2025, 12, 19); // nothing of this reaches the report's months
        for (YearMonth month = FIRST_MONTH; !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
            int egm = 14 + random.nextInt(6);
            int shortSyk = 2 + random.nextInt(3);
            int longSyk = 1 + random.nextInt(2);
            for (int k = 0; k < egm + shortSyk + longSyk; k++) {
                int person = random.nextInt(people.size() - 1);
                LocalDate start = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                while (start.getDayOfWeek().getValue() > 5) {
                    start = start.plusDays(1);
                }
                int days = k < egm
                        ? 1 + random.nextInt(3)
                        : k < egm + shortSyk ? 4 + random.nextInt(9) : 20 + random.nextInt(30);
                LocalDate end = start.plusDays(days - 1L);
                if (end.isAfter(lastEnd) || people.get(person).on(start) == null) {
                    continue;
                }
                String code = k < egm ? "EGM" : "SYK";
                Integer degree = code.equals("EGM") ? null : random.nextInt(4) == 0 ? 50 : 100;
                spells.add(new AbsenceSpell("A-" + next++, person, start, end, code, degree));
            }
            // a sick child now and then, and other leave
            for (int k = 0; k < 4; k++) {
                int person = random.nextInt(people.size() - 1);
                LocalDate start = month.atDay(1 + random.nextInt(month.lengthOfMonth() - 3));
                if (start.plusDays(1).isAfter(lastEnd) || people.get(person).on(start) == null) {
                    continue;
                }
                spells.add(new AbsenceSpell(
                        "A-" + next++, person, start, start.plusDays(1), k == 3 ? "PERM" : "SYKB", null));
            }
        }
        // Summer holidays: three weeks each between late June and mid-August.
        for (Person person : people.subList(0, 107)) {
            if (person.on(d(2025, 7, 1)) == null && person.on(d(2025, 7, 31)) == null) {
                continue;
            }
            LocalDate start = d(2025, 6, 23).plusWeeks(random.nextInt(5));
            spells.add(new AbsenceSpell("A-" + next++, person.index(), start, start.plusDays(18), "FER", null));
        }
        // Christmas for twenty who have no part in the report's cases or breaches.
        int given = 0;
        for (int index = 0; index < 103 && given < 20; index += 3) {
            if (!SCENARIO_PEOPLE.contains(index) && !CASE_PEOPLE.contains(index)) {
                spells.add(new AbsenceSpell("A-" + next++, index, d(2025, 12, 22), d(2025, 12, 31), "FER", null));
                given++;
            }
        }
        return spells;
    }

    // ------------------------------------------------------------------------------------------
    // Shifts
    // ------------------------------------------------------------------------------------------

    record ShiftRow(int person, String orgUnit, LocalDateTime start, LocalDateTime end, String type) {

        double hours() {
            // The demo's extras and planted shifts never cross a daylight-saving change.
            return ChronoUnit.MINUTES.between(start, end) / 60.0;
        }
    }

    /** A breach planted in the demo: the rule, its date, the person (number and demo pseudonym), the measured value and limit. */
    public record PlantedBreach(
            String rule,
            LocalDate date,
            String employeeNo,
            String employeeKey,
            String measured,
            String limit,
            String scenario) {}

    private static final List<PlantedBreach> PLANTED = new ArrayList<>();

    /**
     * The breaches the demo plants: January 6 (DAILY_REST 3, WEEKLY_REST 1, DAILY_HOURS 1,
     * HOURS_4_WEEKS 1), February 11 (DAILY_REST 3, WEEKLY_REST 4, DAILY_HOURS 2, SUNDAYS_IN_A_ROW 2).
     * More than 13 h of work in 24 h leaves less than 11 h free in them, so each DAILY_HOURS breach
     * is also a DAILY_REST breach on the same day (definitions.md counts both). Before the report
     * period, {@link #EARLIER_DAILY_REST_BREACHES} quick returns a month (44 from February to December 2025).
     */
    public static List<PlantedBreach> plantedBreaches() {
        synchronized (PLANTED) {
            if (PLANTED.isEmpty()) {
                new Roster(people(new SplittableRandom(SEED))).plantScenarios(new ArrayList<>());
            }
            return List.copyOf(PLANTED);
        }
    }

    private static final long SEED = 20_260_401L;

    /** DAILY_REST breaches planted in the months before the report period (February 2025 - December 2025). */
    static final Map<YearMonth, Integer> EARLIER_DAILY_REST_BREACHES = new TreeMap<>(Map.ofEntries(
            Map.entry(YearMonth.of(2025, 2), 3),
            Map.entry(YearMonth.of(2025, 3), 5),
            Map.entry(YearMonth.of(2025, 4), 2),
            Map.entry(YearMonth.of(2025, 5), 4),
            Map.entry(YearMonth.of(2025, 6), 6),
            Map.entry(YearMonth.of(2025, 7), 1),
            Map.entry(YearMonth.of(2025, 8), 3),
            Map.entry(YearMonth.of(2025, 9), 9),
            Map.entry(YearMonth.of(2025, 10), 4),
            Map.entry(YearMonth.of(2025, 11), 5),
            Map.entry(YearMonth.of(2025, 12), 2)));

    /** The roster: base pattern, planted scenarios, then extras to the report's hours. */
    static final class Roster {

        final List<Person> people;
        final List<ShiftRow> shifts = new ArrayList<>();
        /** Days whose base shift a scenario replaces, per person. */
        final Map<Integer, Set<LocalDate>> replaced = new HashMap<>();

        Roster(List<Person> people) {
            this.people = people;
        }

        private void shift(
                int person,
                LocalDate day,
                int fromHour,
                int fromMinute,
                LocalDate endDay,
                int toHour,
                int toMinute,
                String type) {
            Person who = people.get(person);
            shifts.add(new ShiftRow(
                    person,
                    who.on(day).orgUnit(),
                    day.atTime(fromHour, fromMinute),
                    endDay.atTime(toHour, toMinute),
                    type));
        }

        private void replace(int person, LocalDate... days) {
            replaced.computeIfAbsent(person, key -> new HashSet<>()).addAll(List.of(days));
        }

        private void plant(String rule, LocalDate date, int person, String measured, String limit, String scenario) {
            String no = employeeNo(person);
            synchronized (PLANTED) {
                PLANTED.add(new PlantedBreach(
                        rule,
                        date,
                        no,
                        new Pseudonymiser(PseudonymKey.demo()).pseudonym(no),
                        measured,
                        limit,
                        scenario));
            }
        }

        /**
         * The planted scenarios, each on a day worker who otherwise works Monday-Friday 08:00-16:00
         * and has no extras or absences in December-February. {@code day} shifts replace the base shifts.
         */
        void plantScenarios(List<ShiftRow> into) {
            // DAILY_REST alone: an evening shift then an early one. Mon 14:00-22:00, Tue 07:00-12:00:
            // 9 h free inside [Mon 14:00, Tue 14:00); 8 + 5 = 13 h of work (not more than 13: no DAILY_HOURS).
            quickReturn(R1, d(2026, 1, 12));
            quickReturn(R2, d(2026, 1, 21));
            quickReturn(R3, d(2026, 2, 10));
            // DAILY_HOURS (and so DAILY_REST): ORD 08:00-16:00 and OT 16:00-22:00, one interval of 14 h,
            // 10 h free before 08:00 next day. 6 h overtime in the week: within 10 h.
            longDay(H1, d(2026, 1, 8));
            longDay(H2, d(2026, 2, 3));
            longDay(H3, d(2026, 2, 19));
            // WEEKLY_REST alone: Monday-Saturday 08:00-16:00. The longest free time in the week is
            // Saturday 16:00 - Monday 00:00 = 32 h < 35 h; 48 h in the week (not more: no HOURS_WEEK);
            // Saturday ends before 18:00, so the Sunday is not worked.
            sixDays(W1, d(2026, 1, 10));
            sixDays(W2, d(2026, 1, 31));
            sixDays(W3, d(2026, 2, 7));
            sixDays(W4, d(2026, 2, 14));
            sixDays(W5, d(2026, 2, 21));
            // HOURS_4_WEEKS alone: F1 worked under a dispensation (54 h a week, 216 h in 4 weeks) until
            // 18 January. Weeks from 29 December, 5 and 12 January: Monday-Friday 08:00-18:00 = 50 h
            // (within 54 h). Week from 19 January, without dispensation: Monday-Friday 08:00-17:00 = 45 h
            // (within 48 h), but 50 + 50 + 50 + 45 = 195 h > 192 h in the four weeks to Sunday 25 January.
            for (LocalDate monday : List.of(d(2025, 12, 29), d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 19))) {
                int endHour = monday.equals(d(2026, 1, 19)) ? 17 : 18;
                for (int k = 0; k < 5; k++) {
                    LocalDate day = monday.plusDays(k);
                    replace(F1, day);
                    shift(F1, day, 8, 0, day, endHour, 0, "ORD");
                }
            }
            plant(
                    "HOURS_4_WEEKS",
                    d(2026, 1, 25),
                    F1,
                    "195 h",
                    "192 h",
                    "50 h a week from 29 Dec, 5 and 12 Jan under a dispensation that ended 18 Jan, then 45 h");
            // SUNDAYS_IN_A_ROW alone: Friday off, Sunday 08:00-16:00 instead, two weeks running.
            // The first of the two Sundays is no breach (the Sunday before was free), the second is.
            sundays(S1, d(2026, 1, 30), d(2026, 2, 6));
            sundays(S2, d(2026, 2, 13), d(2026, 2, 20));
            earlierQuickReturns();
            into.addAll(shifts);
        }

        /**
         * The months before the report period break the rules too, as a real year does: a few quick
         * returns (DAILY_REST alone) a month on the Kundeservice day workers of the scenarios, each
         * on a Monday-Wednesday whose next day is a working day, one a person a month. They change no
         * hours of overtime, no absence and no figure of January or February 2026.
         */
        private void earlierQuickReturns() {
            int[] scenarioDayWorkers = {R1, R2, R3, H1, H2, H3, W1, W2, W3, W4, W5};
            Set<LocalDate> holidays = publicHolidays();
            int turn = 0;
            for (Map.Entry<YearMonth, Integer> month : EARLIER_DAILY_REST_BREACHES.entrySet()) {
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate day = month.getKey().atDay(1);
                        !day.isAfter(month.getKey().atEndOfMonth());
                        day = day.plusDays(1)) {
                    if (day.getDayOfWeek().getValue() <= 3
                            && !holidays.contains(day)
                            && !holidays.contains(day.plusDays(1))) {
                        days.add(day);
                    }
                }
                for (int k = 0; k < month.getValue(); k++) {
                    quickReturn(scenarioDayWorkers[turn++ % scenarioDayWorkers.length], days.get(k));
                }
            }
        }

        private void quickReturn(int person, LocalDate day) {
            LocalDate next = day.plusDays(1);
            replace(person, day, next);
            shift(person, day, 14, 0, day, 22, 0, "ORD");
            shift(person, next, 7, 0, next, 12, 0, "ORD");
            plant(
                    "DAILY_REST",
                    day,
                    person,
                    "9 h",
                    "11 h",
                    day.getDayOfWeek() + " 14:00-22:00, then 07:00-12:00 the next day");
        }

        private void longDay(int person, LocalDate day) {
            replace(person, day);
            shift(person, day, 8, 0, day, 16, 0, "ORD");
            shift(person, day, 16, 0, day, 22, 0, "OT");
            plant("DAILY_HOURS", day, person, "14 h", "13 h", "08:00-16:00 and overtime 16:00-22:00");
            plant("DAILY_REST", day, person, "10 h", "11 h", "08:00-16:00 and overtime 16:00-22:00, back at 08:00");
        }

        private void sixDays(int person, LocalDate saturday) {
            shift(person, saturday, 8, 0, saturday, 16, 0, "ORD");
            plant("WEEKLY_REST", saturday.plusDays(1), person, "32 h", "35 h", "Monday-Saturday 08:00-16:00");
        }

        private void sundays(int person, LocalDate... fridays) {
            for (LocalDate friday : fridays) {
                LocalDate sunday = friday.plusDays(2);
                replace(person, friday);
                shift(person, sunday, 8, 0, sunday, 16, 0, "ORD");
            }
            plant(
                    "SUNDAYS_IN_A_ROW",
                    fridays[1].plusDays(2),
                    person,
                    "2 Sundays",
                    "-",
                    "Sundays " + fridays[0].plusDays(2) + " and " + fridays[1].plusDays(2)
                            + " worked, 08:00-16:00 instead of the Fridays");
        }

        /** The base roster, without the days scenarios replace and without absence days. */
        void base(List<AbsenceSpell> absences, Set<LocalDate> holidays) {
            Map<Integer, List<AbsenceSpell>> byPerson = new HashMap<>();
            absences.forEach(spell -> byPerson.computeIfAbsent(spell.person(), key -> new ArrayList<>())
                    .add(spell));
            for (Person person : people) {
                if (person.index() == OVERLAPPING) {
                    continue;
                }
                List<AbsenceSpell> own = byPerson.getOrDefault(person.index(), List.of());
                for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    EmploymentRow row = person.on(day);
                    LocalDate today = day;
                    if (row == null
                            || own.stream().anyMatch(spell -> spell.covers(today))
                            || replaced.getOrDefault(person.index(), Set.of()).contains(day)) {
                        continue;
                    }
                    int weekday = day.getDayOfWeek().getValue();
                    if (row.orgUnit().equals(CONTROL_ROOM)) {
                        boolean weekX = (ChronoUnit.DAYS.between(ROTATION_EPOCH, day.with(DayOfWeek.MONDAY)) / 7
                                                + person.index())
                                        % 2
                                == 0;
                        if (weekX && weekday <= 5) {
                            shift(person.index(), day, 8, 0, day, 16, 0, "ORD");
                        } else if (!weekX && (weekday == 3 || weekday == 4)) {
                            shift(person.index(), day, 14, 0, day, 22, 0, "ORD");
                        } else if (!weekX && weekday >= 6) {
                            shift(person.index(), day, 8, 0, day, 19, 30, "ORD");
                        }
                    } else if (!holidays.contains(day) && weekday <= (row.pct().equals("100") ? 5 : 4)) {
                        shift(person.index(), day, 8, 0, day, 16, 0, "ORD");
                    }
                }
            }
        }

        /**
         * Overtime and call-outs to each month's target hours, on day workers who work their ordinary
         * 08:00-16:00 that day (Monday-Thursday), at most one extra a person and ISO week.
         */
        void extras(
                Map<YearMonth, Integer> overtimeTarget,
                Map<YearMonth, Integer> calloutTarget,
                SplittableRandom random) {
            Map<LocalDate, Set<Integer>> dayShifts = new HashMap<>();
            for (ShiftRow row : shifts) {
                if (row.type().equals("ORD")
                        && row.start().toLocalTime().equals(LocalTime.of(8, 0))
                        && row.end().toLocalTime().equals(LocalTime.of(16, 0))
                        && !people.get(row.person()).isControlRoom(row.start().toLocalDate())
                        && !SCENARIO_PEOPLE.contains(row.person())) {
                    dayShifts
                            .computeIfAbsent(row.start().toLocalDate(), key -> new HashSet<>())
                            .add(row.person());
                }
            }
            Set<String> usedWeeks = new HashSet<>();
            for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
                List<int[]> slots = new ArrayList<>(); // {person, epoch day}
                for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                    if (day.getDayOfWeek().getValue() <= 4) {
                        for (int person : dayShifts.getOrDefault(day, Set.of()).stream()
                                .sorted()
                                .toList()) {
                            slots.add(new int[] {person, (int) day.toEpochDay()});
                        }
                    }
                }
                shuffle(slots, random);
                int[] cursor = {0};
                int overtimeHalfHours = 2 * overtimeTarget.get(month) - 2 * (int) Math.round(plantedHours(month, "OT"));
                fill(slots, cursor, usedWeeks, overtimeHalfHours, random, "OT", month);
                fill(slots, cursor, usedWeeks, 2 * calloutTarget.get(month), random, "UTR", month);
            }
        }

        private double plantedHours(YearMonth month, String type) {
            return shifts.stream()
                    .filter(row -> row.type().equals(type)
                            && YearMonth.from(row.start()).equals(month))
                    .mapToDouble(ShiftRow::hours)
                    .sum();
        }

        private void fill(
                List<int[]> slots,
                int[] cursor,
                Set<String> usedWeeks,
                int halfHours,
                SplittableRandom random,
                String type,
                YearMonth month) {
            while (halfHours > 0) {
                if (cursor[0] >= slots.size()) {
                    throw new IllegalStateException(
                            "the demo roster has too few free day shifts for the " + type + " hours of " + month);
                }
                int[] slot = slots.get(cursor[0]++);
                LocalDate day = LocalDate.ofEpochDay(slot[1]);
                if (!usedWeeks.add(slot[0] + ":" + day.with(DayOfWeek.MONDAY))) {
                    continue;
                }
                // 2-4 h (4-8 half hours), the last one whatever is left (at least 1 h when possible)
                int length = halfHours <= 8 ? halfHours : Math.min(4 + random.nextInt(5), halfHours - 2);
                int minutes = length * 30;
                if (type.equals("OT")) {
                    shift(slot[0], day, 16, 0, day, 16 + minutes / 60, minutes % 60, "OT");
                } else {
                    shift(slot[0], day, 16, 0, day.plusDays(1), 8, 0, "BV");
                    int startHour = 17 + random.nextInt(Math.max(1, (240 - minutes) / 60 + 1));
                    LocalDateTime start = day.atTime(startHour, 0);
                    LocalDateTime end = start.plusMinutes(minutes);
                    if (end.isAfter(day.atTime(21, 0))) {
                        start = day.atTime(21, 0).minusMinutes(minutes);
                        end = day.atTime(21, 0);
                    }
                    shifts.add(new ShiftRow(slot[0], people.get(slot[0]).on(day).orgUnit(), start, end, "UTR"));
                }
                halfHours -= length;
            }
        }
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // ------------------------------------------------------------------------------------------
    // Writing the files
    // ------------------------------------------------------------------------------------------

    public static Map<String, FeedSummary> write(Path inbox) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Person> people = people(random);
        List<AbsenceSpell> absences = new ArrayList<>(reportedSickLeave(people, random));
        absences.addAll(otherAbsences(people, random));
        Set<LocalDate> holidays = publicHolidays();

        Roster roster = new Roster(people);
        List<ShiftRow> planted = new ArrayList<>();
        synchronized (PLANTED) {
            PLANTED.clear();
            roster.plantScenarios(planted);
        }
        roster.base(absences, holidays);
        Map<YearMonth, Integer> overtime = new TreeMap<>();
        Map<YearMonth, Integer> callouts = new TreeMap<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            double summer = month.getMonthValue() == 7 ? 0.5 : 1.0;
            overtime.put(month, REPORTED_OVERTIME_HOURS.getOrDefault(month, (int)
                    Math.round(summer * (190 + random.nextInt(100)))));
            callouts.put(month, REPORTED_CALLOUT_HOURS.getOrDefault(month, (int)
                    Math.round(summer * (70 + random.nextInt(45)))));
        }
        roster.extras(overtime, callouts, random);

        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        feeds.put(EMPLOYEES, writeEmployees(inbox, people));
        feeds.put(SHIFTS, writeShifts(inbox, people, roster.shifts));
        feeds.put(ABSENCES, writeAbsences(inbox, people, absences));
        return feeds;
    }

    /** Norwegian public holidays of 2025 and 2026 (the day workers' days off; the control room works). */
    static Set<LocalDate> publicHolidays() {
        return Set.of(
                d(2025, 1, 1),
                d(2025, 4, 17),
                d(2025, 4, 18),
                d(2025, 4, 21),
                d(2025, 5, 1),
                d(2025, 5, 17),
                d(2025, 5, 29),
                d(2025, 6, 9),
                d(2025, 12, 25),
                d(2025, 12, 26),
                d(2026, 1, 1));
    }

    private static FeedSummary writeEmployees(Path inbox, List<Person> people) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(EMPLOYEES));
        List<BadRecord> bad = new ArrayList<>();
        long records = 0;
        // Two earlier deliveries (as known then) and the newest, which is the whole truth.
        List<LocalDate> asOf = List.of(d(2025, 3, 1), d(2025, 9, 1), d(2026, 3, 1));
        for (LocalDate date : asOf) {
            String fileName = TextFeed.EMPLOYEES.fileName(date.atTime(1, 30).format(STAMP));
            List<String> lines = new ArrayList<>();
            for (Person person : people) {
                for (EmploymentRow row : person.rows()) {
                    if (!row.from().isAfter(date)) {
                        lines.add(row.csv(person.employeeNo()));
                    }
                }
            }
            boolean newest = date.equals(asOf.get(asOf.size() - 1));
            if (newest) {
                for (int k = 0; k < lines.size(); k++) {
                    if (lines.get(k).startsWith(employeeNo(OVERLAPPING) + ";")) {
                        bad.add(new BadRecord(
                                EMPLOYEES + "/" + fileName,
                                TextFeed.EMPLOYEES.lineOf(k),
                                "valid_from",
                                "overlaps another row of the same person"));
                    }
                }
                lines.add("7319001;Plattform;KONSULENT;100;2025-01-01;;N");
                bad.add(new BadRecord(
                        EMPLOYEES + "/" + fileName,
                        TextFeed.EMPLOYEES.lineOf(lines.size() - 1),
                        "employment_type",
                        "unknown employment_type"));
                lines.add("7319002;Kundeservice;FAST;120;2025-01-01;;N");
                bad.add(new BadRecord(
                        EMPLOYEES + "/" + fileName,
                        TextFeed.EMPLOYEES.lineOf(lines.size() - 1),
                        "position_pct",
                        "position_pct is not a number from 1 to 100"));
            }
            records += lines.size();
            TextFeed.EMPLOYEES.write(folder.resolve(fileName), lines);
        }
        Map<YearMonth, Long> headcount = new TreeMap<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            headcount.put(
                    month,
                    people.stream()
                            .filter(person -> person.index() != OVERLAPPING && person.on(end) != null)
                            .count());
        }
        return new FeedSummary(asOf.size(), records, headcount, 0, bad);
    }

    private static FeedSummary writeShifts(Path inbox, List<Person> people, List<ShiftRow> shifts) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(SHIFTS));
        List<BadRecord> bad = new ArrayList<>();
        List<ShiftRow> sorted = new ArrayList<>(shifts);
        sorted.sort(Comparator.comparing(ShiftRow::start)
                .thenComparing(ShiftRow::person)
                .thenComparing(ShiftRow::type));
        Map<YearMonth, List<ShiftRow>> byMonth = new TreeMap<>();
        sorted.forEach(row -> byMonth.computeIfAbsent(YearMonth.from(row.start()), key -> new ArrayList<>())
                .add(row));
        Map<YearMonth, Long> expected = new TreeMap<>();
        long records = 0;
        int files = 0;
        int id = 1;
        Map<ShiftRow, String> ids = new HashMap<>();
        for (ShiftRow row : sorted) {
            ids.put(row, String.format(Locale.ROOT, "S-%07d", id++));
        }
        for (Map.Entry<YearMonth, List<ShiftRow>> entry : byMonth.entrySet()) {
            YearMonth month = entry.getKey();
            List<String> lines = new ArrayList<>();
            for (ShiftRow row : entry.getValue()) {
                lines.add(line(
                        ids.get(row),
                        people.get(row.person()).employeeNo(),
                        row.orgUnit(),
                        row.start(),
                        row.end(),
                        row.type()));
            }
            expected.put(month, (long) entry.getValue().size());
            String fileName = TextFeed.SHIFTS.fileName(
                    month.toString(), month.plusMonths(1).atDay(1).atTime(1, 30).format(STAMP));
            String path = SHIFTS + "/" + fileName;
            // Planted bad records, each of a kind sources.md names.
            if (month.equals(YearMonth.of(2025, 3))) {
                lines.add(line(
                        "S-9000001",
                        employeeNo(10),
                        CONTROL_ROOM,
                        LocalDateTime.of(2025, 3, 30, 2, 30),
                        LocalDateTime.of(2025, 3, 30, 4, 0),
                        "UTR"));
                bad.add(new BadRecord(
                        path,
                        TextFeed.SHIFTS.lineOf(lines.size() - 1),
                        "start",
                        "start does not exist in Europe/Oslo (the spring-forward hour)"));
            }
            if (month.equals(YearMonth.of(2025, 6))) {
                lines.add(line(
                        "S-9000002",
                        employeeNo(70),
                        "Plattform",
                        LocalDateTime.of(2025, 6, 12, 16, 0),
                        LocalDateTime.of(2025, 6, 12, 16, 0),
                        "OT"));
                bad.add(new BadRecord(path, TextFeed.SHIFTS.lineOf(lines.size() - 1), "end", "end is not after start"));
            }
            if (month.equals(YearMonth.of(2025, 9))) {
                lines.add(line(
                        "S-9000003",
                        employeeNo(20),
                        CONTROL_ROOM,
                        LocalDateTime.of(2025, 9, 3, 8, 0),
                        LocalDateTime.of(2025, 9, 4, 9, 0),
                        "ORD"));
                bad.add(new BadRecord(
                        path, TextFeed.SHIFTS.lineOf(lines.size() - 1), "end", "the shift is longer than 24 hours"));
                // the summer temp left on 15 August: no employment on that date (found by the build)
                lines.add(line(
                        "S-9000004",
                        employeeNo(106),
                        "Kundeservice",
                        LocalDateTime.of(2025, 9, 10, 8, 0),
                        LocalDateTime.of(2025, 9, 10, 16, 0),
                        "ORD"));
                bad.add(new BadRecord(
                        path, TextFeed.SHIFTS.lineOf(lines.size() - 1), "employee_no", "no employment on that date"));
            }
            if (month.equals(YearMonth.of(2025, 11))) {
                lines.add(line(
                        "S-9000005",
                        employeeNo(75),
                        "Plattform",
                        LocalDateTime.of(2025, 11, 5, 16, 0),
                        LocalDateTime.of(2025, 11, 5, 19, 0),
                        "NATT"));
                bad.add(new BadRecord(
                        path, TextFeed.SHIFTS.lineOf(lines.size() - 1), "shift_type", "unknown shift_type"));
            }
            records += lines.size();
            files++;
            TextFeed.SHIFTS.write(folder.resolve(fileName), lines);
            if (month.equals(LAST_MONTH)) {
                // An earlier, partial delivery of February with a shift that was later taken out:
                // the newest file of the month wins, so its overtime never counts.
                List<String> early = new ArrayList<>();
                for (ShiftRow row : entry.getValue()) {
                    if (row.start().getDayOfMonth() <= 14) {
                        early.add(line(
                                ids.get(row),
                                people.get(row.person()).employeeNo(),
                                row.orgUnit(),
                                row.start(),
                                row.end(),
                                row.type()));
                    }
                }
                early.add(line(
                        "S-9000006",
                        employeeNo(72),
                        "Plattform",
                        LocalDateTime.of(2026, 2, 10, 16, 0),
                        LocalDateTime.of(2026, 2, 10, 20, 0),
                        "OT"));
                records += early.size();
                files++;
                TextFeed.SHIFTS.write(
                        folder.resolve(TextFeed.SHIFTS.fileName(month.toString(), "20260215013000")), early);
            }
        }
        return new FeedSummary(files, records, expected, 1, bad);
    }

    private static String line(
            String id, String employeeNo, String unit, LocalDateTime start, LocalDateTime end, String type) {
        return TextFeed.SHIFTS.row(id, employeeNo, unit, start.format(LOCAL), end.format(LOCAL), type);
    }

    private static FeedSummary writeAbsences(Path inbox, List<Person> people, List<AbsenceSpell> absences)
            throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(ABSENCES));
        List<BadRecord> bad = new ArrayList<>();
        long records = 0;
        int files = 0;
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            String fileName = TextFeed.ABSENCES.fileName(
                    month.toString(), month.plusMonths(1).atDay(1).atTime(1, 30).format(STAMP));
            String path = ABSENCES + "/" + fileName;
            List<String> lines = new ArrayList<>();
            for (AbsenceSpell spell : absences) {
                if (!spell.overlaps(month)) {
                    continue;
                }
                AbsenceSpell known = spell;
                // As known in January, LC1's sick leave ran to the end of the month; February's file extends it.
                if (spell.id().equals("A-900001") && month.equals(YearMonth.of(2026, 1))) {
                    known = new AbsenceSpell(
                            spell.id(), spell.person(), spell.from(), d(2026, 1, 31), spell.code(), spell.degree());
                }
                lines.add(known.csv(people.get(spell.person()).employeeNo()));
            }
            if (month.equals(YearMonth.of(2025, 4))) {
                lines.add("A-990001;" + employeeNo(30) + ";2025-04-10;2025-04-08;EGM;");
                bad.add(new BadRecord(
                        path, TextFeed.ABSENCES.lineOf(lines.size() - 1), "to_date", "to_date is before from_date"));
            }
            if (month.equals(YearMonth.of(2025, 8))) {
                lines.add("A-990002;" + employeeNo(31) + ";2025-08-11;2025-08-12;KURS;");
                bad.add(new BadRecord(path, TextFeed.ABSENCES.lineOf(lines.size() - 1), "code", "unknown code"));
            }
            if (month.equals(YearMonth.of(2025, 10))) {
                lines.add("A-990003;" + employeeNo(32) + ";2025-10-06;2025-10-10;SYK;150");
                bad.add(new BadRecord(
                        path, TextFeed.ABSENCES.lineOf(lines.size() - 1), "degree_pct", "degree_pct is outside 1-100"));
            }
            records += lines.size();
            files++;
            TextFeed.ABSENCES.write(folder.resolve(fileName), lines);
        }
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        for (AbsenceSpell spell : absences) {
            byMonth.merge(YearMonth.from(spell.from()), 1L, Long::sum);
        }
        return new FeedSummary(files, records, byMonth, 1, bad);
    }

    /** The pseudonym of a demo employee number under the demo key. */
    public static String demoPseudonym(String employeeNo) {
        return new Pseudonymiser(PseudonymKey.demo()).pseudonym(employeeNo);
    }

    /** Every employee number the demo writes (to check that none reaches the home). */
    public static List<String> employeeNumbers() {
        List<String> numbers = new ArrayList<>();
        for (int index = 0; index <= OVERLAPPING; index++) {
            numbers.add(employeeNo(index));
        }
        numbers.addAll(List.of("7319001", "7319002"));
        return numbers;
    }
}
