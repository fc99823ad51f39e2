package no.hdo.dw.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * A year of rosters (1 March 2025 - 28 February 2026) for a staff of N persons, as the two CSV
 * files of the turnus interface (shifts, employments): fixed seed, so the same N gives the same
 * bytes. Each person follows a six-week rota of day (07-15), evening (15-23) and night (23-07) shifts
 * with a Sunday every third week, many shifts registered in two touching parts, standby (BV 15:00 -
 * 07:00) on free evenings and some day shifts with call-outs (UTR) in it, some overtime (OT) after a
 * shift or on a free day, and now and then a swapped shift, so that the rules are broken now and
 * then. About 500 shifts a person.
 */
final class AmlRosterGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 28);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

    /** The week templates of the rota: D day, E evening, N night, - free; a person runs them in turn. */
    private static final String[] WEEKS = {"DDDDD--", "-EEEE-D", "-NNN---", "DDDD---", "EE---DD", "-DDDD--"};

    private AmlRosterGenerator() {}

    /** The two files written, and how many shifts. */
    record Roster(Path shifts, Path employments, long shiftCount) {}

    static Roster write(Path folder, int persons) throws IOException {
        Files.createDirectories(folder);
        Path shifts = folder.resolve("shifts-" + persons + ".csv");
        Path employments = folder.resolve("employments-" + persons + ".csv");
        Path temporary = folder.resolve(".shifts.tmp");
        ShiftWriter out;
        try (BufferedWriter shiftOut = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                BufferedWriter employmentOut = Files.newBufferedWriter(employments, StandardCharsets.UTF_8)) {
            out = new ShiftWriter(shiftOut);
            shiftOut.write("shift_id,employee_key,org_unit_id,shift_type,start_at,end_at\n");
            employmentOut.write(
                    "employee_key,org_unit_id,employment_type,position_pct,valid_from,valid_to,has_aml_dispensation\n");
            for (int person = 0; person < persons; person++) {
                Random random = new Random(7_000_000L + person);
                String employee = String.format("%064x", new java.math.BigInteger(1, sha(person)));
                String unit = "OU" + (person % 25);
                employmentOut.write(
                        employee + "," + unit + ",FAST,100.00,2020-01-01,," + (random.nextInt(10) == 0) + "\n");
                int offset = random.nextInt(WEEKS.length);
                for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    // weeks from Monday: 1970-01-05 is day 4 after the epoch
                    int week = (int) Math.floorDiv(day.toEpochDay() + 3, 7) + offset;
                    char kind =
                            WEEKS[week % WEEKS.length].charAt(day.getDayOfWeek().getValue() - 1);
                    if (kind != '-' && random.nextInt(200) == 0) {
                        kind = "DEN".charAt(random.nextInt(3)); // a swapped shift: sometimes a quick return
                    }
                    if (kind != '-') {
                        LocalDateTime start = day.atTime(kind == 'D' ? 7 : kind == 'E' ? 15 : 23, 0);
                        LocalDateTime end = start.plusHours(8);
                        if (random.nextInt(100) < 75) {
                            // registered in two parts (e.g. call handling, then training): touching, one interval
                            out.shift(employee, unit, "ORD", start, start.plusHours(4));
                            out.shift(employee, unit, "ORD", start.plusHours(4), end);
                        } else {
                            out.shift(employee, unit, "ORD", start, end);
                        }
                        if (random.nextInt(100) < 6) {
                            out.shift(employee, unit, "OT", end, end.plusMinutes(60 + 30L * random.nextInt(5)));
                        }
                        if (kind == 'D' && random.nextInt(100) < 15) {
                            standby(out, random, employee, unit, day, 20);
                        }
                    } else if (random.nextInt(100) < 30) {
                        standby(out, random, employee, unit, day, 20);
                    } else if (random.nextInt(100) < 5) {
                        LocalDateTime start = day.atTime(8, 0);
                        out.shift(employee, unit, "OT", start, start.plusHours(4 + random.nextInt(6)));
                    }
                }
            }
        }
        Files.move(temporary, shifts, StandardCopyOption.REPLACE_EXISTING);
        return new Roster(shifts, employments, out.count);
    }

    /** Standby 15:00 - 07:00, with a call-out in it in {@code callOutPct} % of the cases, mostly in the evening. */
    private static void standby(
            ShiftWriter out, Random random, String employee, String unit, LocalDate day, int callOutPct)
            throws IOException {
        LocalDateTime standbyStart = day.atTime(15, 0);
        out.shift(employee, unit, "BV", standbyStart, standbyStart.plusHours(16));
        if (random.nextInt(100) < callOutPct) {
            LocalDateTime callOut = random.nextInt(10) == 0
                    ? day.plusDays(1).atTime(1, 0)
                    : day.atTime(16, 0).plusMinutes(30L * random.nextInt(7));
            out.shift(employee, unit, "UTR", callOut, callOut.plusMinutes(45 + 15L * random.nextInt(7)));
        }
    }

    private static final class ShiftWriter {
        private final BufferedWriter out;
        private long count;

        ShiftWriter(BufferedWriter out) {
            this.out = out;
        }

        void shift(String employee, String unit, String type, LocalDateTime start, LocalDateTime end)
                throws IOException {
            ZonedDateTime startAt = ZonedDateTime.ofLocal(start, OSLO, null);
            ZonedDateTime endAt = ZonedDateTime.ofLocal(end, OSLO, null);
            out.write("s" + (++count) + "," + employee + "," + unit + "," + type + "," + INSTANT.format(startAt) + ","
                    + INSTANT.format(endAt) + "\n");
        }
    }

    private static byte[] sha(int person) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("bench-person-" + person).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
