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
 * bytes. Each person follows a rota of day (07-15), evening (15-23) and night (23-07) weeks with
 * days off, with some standby (BV 15:00 - 07:00 on a free evening) and call-outs in it (UTR), some
 * overtime (OT) after a shift or on a free day, and now and then a swapped shift, so that every rule
 * is broken a few times. About 500 shifts a person.
 */
final class AmlRosterGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 2, 28);
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

    /** The week templates of the rota: D day, E evening, N night, - free; a person runs them in turn. */
    private static final String[] WEEKS = {"DDDDD--", "-EEEE--", "DD--NNN", "----DDD", "EEE--DD", "D-EEE--"};

    private AmlRosterGenerator() {
    }

    /** The two files written, and how many shifts. */
    record Roster(Path shifts, Path employments, long shiftCount) {
    }

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
            employmentOut.write("employee_key,org_unit_id,employment_type,position_pct,valid_from,valid_to,has_aml_dispensation\n");
            for (int person = 0; person < persons; person++) {
                Random random = new Random(7_000_000L + person);
                String employee = String.format("%064x", new java.math.BigInteger(1, sha(person)));
                String unit = "OU" + (person % 25);
                employmentOut.write(employee + "," + unit + ",FAST,100.00,2020-01-01,," + (random.nextInt(10) == 0) + "\n");
                int offset = random.nextInt(WEEKS.length * 7);
                for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                    int index = (int) (day.toEpochDay() - FIRST_DAY.toEpochDay()) + offset;
                    char kind = WEEKS[(index / 7) % WEEKS.length].charAt(index % 7);
                    if (kind != '-' && random.nextInt(100) < 2) {
                        kind = "DEN".charAt(random.nextInt(3)); // a swapped shift: sometimes a quick return
                    }
                    int startHour = switch (kind) {
                        case 'D' -> 7;
                        case 'E' -> 15;
                        case 'N' -> 23;
                        default -> -1;
                    };
                    if (startHour >= 0) {
                        LocalDateTime start = day.atTime(startHour, 0);
                        LocalDateTime end = start.plusHours(8);
                        out.shift(employee, unit, "ORD", start, end);
                        if (random.nextInt(100) < 12) {
                            // overtime straight after the shift: one work interval with it
                            out.shift(employee, unit, "OT", end, end.plusMinutes(60 + 30L * random.nextInt(8)));
                        }
                        if (kind == 'D' && random.nextInt(100) < 35) {
                            // standby the same evening and night, with call-outs now and then
                            LocalDateTime standbyStart = day.atTime(15, 0);
                            out.shift(employee, unit, "BV", standbyStart, standbyStart.plusHours(16));
                            if (random.nextInt(100) < 45) {
                                LocalDateTime callOut = standbyStart.plusMinutes(60 + 30L * random.nextInt(24));
                                out.shift(employee, unit, "UTR", callOut, callOut.plusMinutes(45 + 15L * random.nextInt(10)));
                            }
                        }
                    } else if (random.nextInt(100) < 6) {
                        LocalDateTime start = day.atTime(8, 0);
                        out.shift(employee, unit, "OT", start, start.plusHours(4 + random.nextInt(6)));
                    }
                }
            }
        }
        Files.move(temporary, shifts, StandardCopyOption.REPLACE_EXISTING);
        return new Roster(shifts, employments, out.count);
    }

    private static final class ShiftWriter {
        private final BufferedWriter out;
        private long count;

        ShiftWriter(BufferedWriter out) {
            this.out = out;
        }

        void shift(String employee, String unit, String type, LocalDateTime start, LocalDateTime end) throws IOException {
            ZonedDateTime startAt = ZonedDateTime.ofLocal(start, OSLO, null);
            ZonedDateTime endAt = ZonedDateTime.ofLocal(end, OSLO, null);
            out.write("s" + (++count) + "," + employee + "," + unit + "," + type + "," + INSTANT.format(startAt) + "," + INSTANT.format(endAt) + "\n");
        }
    }

    private static byte[] sha(int person) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(("bench-person-" + person).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
