package no.hdo.dw.jobs.turnus;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plain, independent reading of definitions.md's working-time table, for the tests of the demo's
 * roster: it is not the warehouse's breach engine, only a second opinion that the demo plants
 * exactly the breaches it says and that its base roster breaks nothing.
 */
final class WorkingTimeRulesCheck {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    record Shift(String employeeKey, String type, Instant start, Instant end) {}

    record Employment(String employeeKey, LocalDate from, LocalDate to, boolean dispensation) {}

    /** A breach as {@code RULE|yyyy-MM-dd|employee_key}. */
    static Set<String> breaches(List<Shift> shifts, List<Employment> employments) {
        Map<String, List<Shift>> byPerson = new HashMap<>();
        shifts.forEach(shift -> byPerson.computeIfAbsent(shift.employeeKey(), key -> new ArrayList<>())
                .add(shift));
        Map<String, List<Employment>> rows = new HashMap<>();
        employments.forEach(row -> rows.computeIfAbsent(row.employeeKey(), key -> new ArrayList<>())
                .add(row));
        Set<String> found = new TreeSet<>();
        byPerson.forEach(
                (person, own) -> found.addAll(personBreaches(person, own, rows.getOrDefault(person, List.of()))));
        return found;
    }

    private static boolean dispensation(List<Employment> rows, LocalDate day) {
        return rows.stream()
                .anyMatch(row -> row.dispensation()
                        && !day.isBefore(row.from())
                        && (row.to() == null || !day.isAfter(row.to())));
    }

    private static Set<String> personBreaches(String person, List<Shift> shifts, List<Employment> rows) {
        Set<String> found = new LinkedHashSet<>();
        List<Instant[]> work =
                merge(shifts.stream().filter(s -> !s.type().equals("BV")).toList());
        List<Instant[]> overtime =
                merge(shifts.stream().filter(s -> s.type().equals("OT")).toList());
        // DAILY_REST and DAILY_HOURS: from each start of a work interval, the next 24 hours
        for (Instant[] interval : work) {
            Instant s = interval[0];
            Instant windowEnd = s.plus(Duration.ofHours(24));
            LocalDate day = s.atZone(OSLO).toLocalDate();
            boolean j = dispensation(rows, day);
            if (longestFree(work, s, windowEnd) < (j ? 8 : 11) * 3600L) {
                found.add("DAILY_REST|" + day + "|" + person);
            }
            if (worked(work, s, windowEnd) > (j ? 16 : 13) * 3600L) {
                found.add("DAILY_HOURS|" + day + "|" + person);
            }
        }
        // Weekly rules, over every week from the first shift's to three weeks after the last.
        LocalDate firstMonday =
                work.get(0)[0].atZone(OSLO).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = work.get(work.size() - 1)[1]
                .atZone(OSLO)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Long> workedByWeek = new HashMap<>();
        Map<LocalDate, Long> overtimeByWeek = new HashMap<>();
        for (LocalDate monday = firstMonday.minusWeeks(52);
                !monday.isAfter(lastMonday.plusWeeks(3));
                monday = monday.plusWeeks(1)) {
            Instant from = monday.atStartOfDay(OSLO).toInstant();
            Instant to = monday.plusWeeks(1).atStartOfDay(OSLO).toInstant();
            workedByWeek.put(monday, worked(work, from, to));
            overtimeByWeek.put(monday, worked(overtime, from, to));
        }
        for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday.plusWeeks(3)); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            boolean j = dispensation(rows, sunday);
            Instant from = monday.atStartOfDay(OSLO).toInstant();
            Instant to = monday.plusWeeks(1).atStartOfDay(OSLO).toInstant();
            long week = workedByWeek.get(monday);
            if (week > 0 && longestFree(work, from, to) < (j ? 28 : 35) * 3600L) {
                found.add("WEEKLY_REST|" + sunday + "|" + person);
            }
            if (overtimeByWeek.get(monday) > (j ? 20 : 10) * 3600L) {
                found.add("OVERTIME_WEEK|" + sunday + "|" + person);
            }
            if (sum(overtimeByWeek, monday, 4) > (j ? 50 : 25) * 3600L) {
                found.add("OVERTIME_4_WEEKS|" + sunday + "|" + person);
            }
            if (sum(overtimeByWeek, monday, 52) > (j ? 300 : 200) * 3600L) {
                found.add("OVERTIME_52_WEEKS|" + sunday + "|" + person);
            }
            if (week > (j ? 54 : 48) * 3600L) {
                found.add("HOURS_WEEK|" + sunday + "|" + person);
            }
            if (sum(workedByWeek, monday, 4) > (j ? 216 : 192) * 3600L) {
                found.add("HOURS_4_WEEKS|" + sunday + "|" + person);
            }
            if (sundayWorked(work, sunday) && sundayWorked(work, sunday.minusWeeks(1))) {
                found.add("SUNDAYS_IN_A_ROW|" + sunday + "|" + person);
            }
        }
        return found;
    }

    private static boolean sundayWorked(List<Instant[]> work, LocalDate sunday) {
        Instant from =
                sunday.minusDays(1).atTime(LocalTime.of(18, 0)).atZone(OSLO).toInstant();
        Instant to = sunday.atTime(LocalTime.of(22, 0)).atZone(OSLO).toInstant();
        return worked(work, from, to) > 0;
    }

    private static long sum(Map<LocalDate, Long> byWeek, LocalDate monday, int weeks) {
        long total = 0;
        for (int k = 0; k < weeks; k++) {
            total += byWeek.getOrDefault(monday.minusWeeks(k), 0L);
        }
        return total;
    }

    /** Shifts that touch or overlap, as maximal intervals. */
    private static List<Instant[]> merge(List<Shift> shifts) {
        List<Shift> sorted = new ArrayList<>(shifts);
        sorted.sort(Comparator.comparing(Shift::start));
        List<Instant[]> merged = new ArrayList<>();
        for (Shift shift : sorted) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !shift.start().isAfter(last[1])) {
                if (shift.end().isAfter(last[1])) {
                    last[1] = shift.end();
                }
            } else {
                merged.add(new Instant[] {shift.start(), shift.end()});
            }
        }
        return merged;
    }

    private static long worked(List<Instant[]> work, Instant from, Instant to) {
        long seconds = 0;
        for (Instant[] interval : work) {
            Instant start = interval[0].isAfter(from) ? interval[0] : from;
            Instant end = interval[1].isBefore(to) ? interval[1] : to;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).getSeconds();
            }
        }
        return seconds;
    }

    private static long longestFree(List<Instant[]> work, Instant from, Instant to) {
        long longest = 0;
        Instant free = from;
        for (Instant[] interval : work) {
            if (!interval[1].isAfter(from)) {
                continue;
            }
            if (!interval[0].isBefore(to)) {
                break;
            }
            if (interval[0].isAfter(free)) {
                longest = Math.max(longest, Duration.between(free, interval[0]).getSeconds());
            }
            if (interval[1].isAfter(free)) {
                free = interval[1];
            }
        }
        if (to.isAfter(free)) {
            longest = Math.max(longest, Duration.between(free, to).getSeconds());
        }
        return longest;
    }
}
