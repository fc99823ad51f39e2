package no.hdo.dw.jobs.turnus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.hdo.dw.jobs.cli.HdoDw;
import no.hdo.dw.jobs.nightly.MissingPseudonymKeyException;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data (sources.md): employee numbers become keyed pseudonyms on landing, and neither a
 * number nor the key reaches any file of the home; the run refuses to land turnus files without a
 * key; BI views suppress figures about fewer than min_persons persons (never below 5).
 */
class TurnusPrivacyFunctionalTests {

    @TempDir
    Path temporary;

    /** Nine-digit numbers: a search of compressed bytes and hex pseudonyms for them cannot match by chance. */
    private static final List<String> EMPLOYEE_NOS = List.of(
            "830017001",
            "830017002",
            "830017003",
            "830017004",
            "830017005",
            "830017006",
            "830017007",
            "830017008",
            "830017009");

    /** Five people in "Stor enhet", four in "Liten enhet", with shifts, overtime, sick leave and bad records. */
    private TurnusInbox inboxWithNinePeople() {
        TurnusInbox turnus = new TurnusInbox(temporary);
        List<String> employments = new ArrayList<>();
        List<String> shifts = new ArrayList<>();
        List<String> absences = new ArrayList<>();
        for (int i = 0; i < EMPLOYEE_NOS.size(); i++) {
            String no = EMPLOYEE_NOS.get(i);
            String unit = i < 5 ? "Stor enhet" : "Liten enhet";
            employments.add(no + ";" + unit + ";FAST;100;2024-01-01;;N");
            shifts.add("S-" + (100 + i) + ";" + no + ";" + unit + ";2026-01-06 08:00;2026-01-06 16:00;ORD");
            shifts.add("S-" + (200 + i) + ";" + no + ";" + unit + ";2026-01-06 16:00;2026-01-06 18:00;OT");
            absences.add("A-" + (100 + i) + ";" + no + ";2026-01-12;2026-01-13;EGM;");
        }
        // bad records whose value would be an employee_no were it not masked
        shifts.add("S-300;" + EMPLOYEE_NOS.get(0) + ";Stor enhet;2026-01-07 08:00");
        shifts.add("S-301;" + EMPLOYEE_NOS.get(1) + ";Stor enhet;2026-01-07 08:00;2026-01-07 16:00;ORD;extra");
        shifts.add("S-302;999000111;Stor enhet;2026-01-07 08:00;2026-01-07 16:00;ORD");
        employments.add("999000222;Stor enhet;FAST;100;2024-01-01;2025-12-31;N");
        employments.add("999000222;Stor enhet;FAST;100;2025-06-01;;N");
        turnus.employees("20260201013000", employments.toArray(String[]::new));
        turnus.shifts("2026-01", "20260201013000", shifts.toArray(String[]::new));
        turnus.absences("2026-01", "20260201013000", absences.toArray(String[]::new));
        return turnus;
    }

    @Test
    void noEmployeeNumberAndNotTheKeyIsInAnyFileOfTheHomeAfterARun() throws IOException {
        // given
        TurnusInbox turnus = inboxWithNinePeople();

        // when
        RunReport report = turnus.nightly(LocalDate.of(2026, 2, 1));

        // then the run landed and published the people, under pseudonyms
        assertThat(report.published()).isTrue();
        assertThat(turnus.work("select count(distinct employee_key) from intermediate.int_turnus__shifts"))
                .containsExactly("9");
        assertThat(turnus.quarantine()).hasSize(5);
        // and no byte sequence of any file in the home (DuckDB, Parquet, JSON, job repository) is an employee number or
        // the key
        List<String> secrets = new ArrayList<>(EMPLOYEE_NOS);
        secrets.addAll(List.of("999000111", "999000222", TurnusInbox.KEY_TEXT));
        List<Path> files = filesUnder(turnus.home.root());
        assertThat(files)
                .anyMatch(path -> path.toString().endsWith(".parquet"))
                .anyMatch(path -> path.toString().endsWith(".duckdb"));
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : secrets) {
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                        .as("%s in %s", secret, file)
                        .isEqualTo(-1);
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_16LE)))
                        .as("%s (UTF-16) in %s", secret, file)
                        .isEqualTo(-1);
            }
        }
        // and the same search does find the numbers where they are: in the delivered files, not in a hash
        byte[] delivered = Files.readAllBytes(
                filesUnder(turnus.inbox.resolve("turnus/employees")).get(0));
        assertThat(indexOf(delivered, EMPLOYEE_NOS.get(0).getBytes(StandardCharsets.UTF_8)))
                .isNotNegative();
        String hash = "3f9a" + EMPLOYEE_NOS.get(0) + "c0ffee0123456789abcdef0123456789";
        assertThat(indexOf(
                        hash.getBytes(StandardCharsets.UTF_8),
                        EMPLOYEE_NOS.get(0).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
        // and the run report (which holds the quarantine sample) neither
        assertThat(report.toString())
                .doesNotContain(EMPLOYEE_NOS)
                .doesNotContain("999000111", "999000222", TurnusInbox.KEY_TEXT);
    }

    @Test
    void aUnitOfFourPersonsIsSuppressedInTheBiViewsAndSoIsTheOtherUnitSinceTheTotalIsPublished() {
        // given five people in one unit and four in another
        TurnusInbox turnus = inboxWithNinePeople();

        // when
        turnus.nightly(LocalDate.of(2026, 2, 1));

        // then every BI figure about the four is suppressed, and those about the five too: the
        // organisation's total less the five would give the four away (TurnusSecondarySuppressionFunctionalTests)
        assertThat(turnus.published("""
                select org_unit_name, employment_category, persons, fte, is_suppressed from bi.bi_turnus_headcount_monthly
                 where month_label = '2026-01' order by org_unit_name"""))
                .containsExactly("Liten enhet|permanent|∅|∅|true", "Stor enhet|permanent|∅|∅|true");
        assertThat(turnus.published("""
                select org_unit_name, persons, agreed_days, total_pct, is_suppressed from bi.bi_turnus_sick_leave_monthly
                 where month_label = '2026-01' order by org_unit_name""")).containsExactly("Liten enhet|∅|∅|∅|true", "Stor enhet|∅|∅|∅|true");
        assertThat(turnus.published("""
                select org_unit_name, hour_kind, persons, hours, is_suppressed from bi.bi_turnus_hours_monthly
                 where month_label = '2026-01' order by org_unit_name"""))
                .containsExactly("Liten enhet|Overtid|∅|∅|true", "Stor enhet|Overtid|∅|∅|true");
        // while the organisation-wide figures of the report stay: 9 people, 5 x 21 + 4 x 21 agreed days, 2 days each
        // lost
        assertThat(turnus.published(
                        "select total_count from reporting.rpt_turnus_headcount_monthly where month_label = '2026-01'"))
                .containsExactly("9");
        assertThat(turnus.published("""
                select round(total_pct, 4) from reporting.rpt_turnus_sick_leave_monthly where month_label = '2026-01'""")).containsExactly("9.5238");
        // and the published warehouse holds no table with a person's pseudonym
        assertThat(turnus.published("""
                select table_name || '.' || column_name from duckdb_columns()
                 where column_name in ('employee_key', 'employee_version_key', 'shift_id', 'shift_key', 'absence_id', 'sick_case_key')""")).isEmpty();
    }

    @Test
    void theThresholdCanBeRaised() {
        // given the same people, and a threshold of 6
        TurnusInbox turnus = inboxWithNinePeople();
        turnus.minPersons = 6;

        // when
        turnus.nightly(LocalDate.of(2026, 2, 1));

        // then the unit of five is too small itself
        assertThat(turnus.work("select min_persons from marts.privacy_settings"))
                .containsExactly("6");
        assertThat(turnus.work("""
                select org_unit_id, is_primary, is_suppressed from intermediate.int_turnus__suppressed_cells
                  join marts.dim_turnus_org_unit using (org_unit_key)
                 where staff_table = 'headcount' order by org_unit_id""")).containsExactly("Liten enhet|true|true", "Stor enhet|true|true");
    }

    @Test
    void theThresholdCannotGoBelowFiveByOptionNorByEnvironment() throws IOException, InterruptedException {
        // given a threshold of 4, by the command line's option
        TurnusInbox turnus = inboxWithNinePeople();
        Captured refused = CommandLineRun.hdoDw(
                "nightly",
                "--inbox",
                turnus.inbox.toString(),
                "--home",
                turnus.home.root().toString(),
                "--date",
                "2026-02-01",
                "--min-persons",
                "4");

        // then one line, exit 2, and nothing written
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip())
                .isEqualTo(
                        "hdo-dw: --min-persons cannot be below 5 (no published figure may be about fewer than 5 persons), not 4");
        assertThat(turnus.home.root()).doesNotExist();

        // and HDO_DW_MIN_PERSONS of 4 is refused alike, naming the variable (a JVM of its own, to have the variable
        // set)
        Captured byVariable = hdoDwWithVariable(
                "4",
                "nightly",
                "--inbox",
                turnus.inbox.toString(),
                "--home",
                turnus.home.root().toString(),
                "--date",
                "2026-02-01");
        assertThat(byVariable.exitCode()).as(byVariable.err()).isEqualTo(2);
        assertThat(byVariable.err().strip())
                .isEqualTo(
                        "hdo-dw: HDO_DW_MIN_PERSONS cannot be below 5 (no published figure may be about fewer than 5 persons), not 4");
        assertThat(turnus.home.root()).doesNotExist();
        // and no program can build a run with less
        assertThatThrownBy(() -> NightlyParameters.of(turnus.inbox, LocalDate.of(2026, 2, 1))
                        .withMinPersons(4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code hdo-dw args} in a JVM of its own, with {@code HDO_DW_MIN_PERSONS} set to {@code minPersons}. */
    private Captured hdoDwWithVariable(String minPersons, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HdoDw.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(NightlyParameters.MIN_PERSONS_VARIABLE, minPersons);
        builder.environment().remove(PseudonymKey.ENVIRONMENT_VARIABLE);
        Path out = temporary.resolve("hdo-dw.out");
        Path err = temporary.resolve("hdo-dw.err");
        int exitCode = builder.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start()
                .waitFor();
        return new Captured(exitCode, Files.readString(out), Files.readString(err));
    }

    @Test
    void aRunWithTurnusFilesAndNoKeyRefusesToStartAndWritesNothing() {
        // given turnus files in the inbox
        TurnusInbox turnus = inboxWithNinePeople();

        // when the run has no key, then it refuses before anything is written
        assertThatThrownBy(() -> NightlyRun.run(
                        turnus.home,
                        NightlyParameters.of(turnus.inbox, LocalDate.of(2026, 2, 1))
                                .withPseudonymKeySource(PseudonymKey.NO_SOURCE)))
                .isInstanceOf(MissingPseudonymKeyException.class)
                .hasMessage(
                        "the inbox holds turnus files (personal data) and no pseudonym key was given: set HDO_DW_PSEUDONYM_KEY "
                                + "or use --pseudonym-key-file FILE");
        assertThat(turnus.home.root()).doesNotExist();
    }

    @Test
    void theCommandLineTakesTheKeyFromAFileAndRefusesWithOneLineWithoutOne() throws IOException {
        // given
        TurnusInbox turnus = inboxWithNinePeople();
        Path keyFile = Files.writeString(temporary.resolve("pseudonym.key"), TurnusInbox.KEY_TEXT + "\n");
        String[] nightly = {
            "nightly",
            "--inbox",
            turnus.inbox.toString(),
            "--home",
            turnus.home.root().toString(),
            "--date",
            "2026-02-01"
        };

        // when there is no key (the test JVM has no HDO_DW_PSEUDONYM_KEY)
        Captured refused = CommandLineRun.hdoDw(nightly);

        // then one line and exit 2
        assertThat(System.getenv("HDO_DW_PSEUDONYM_KEY")).isNull();
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip())
                .isEqualTo("hdo-dw: the inbox holds turnus files (personal data) and no "
                        + "pseudonym key was given: set HDO_DW_PSEUDONYM_KEY or use --pseudonym-key-file FILE");

        // and with the key file it lands (exit 3: the bad records are quarantined), the same pseudonyms as the key in
        // memory gives
        String[] withKey = Stream.concat(Stream.of(nightly), Stream.of("--pseudonym-key-file", keyFile.toString()))
                .toArray(String[]::new);
        assertThat(CommandLineRun.hdoDw(withKey).exitCode()).isEqualTo(3);
        assertThat(turnus.work(
                        "select distinct employee_key from intermediate.int_turnus__shifts where shift_id = 'S-100'"))
                .containsExactly(TurnusInbox.pseudonym(EMPLOYEE_NOS.get(0)));
    }

    static List<Path> filesUnder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where {@code needle} stands in {@code haystack}, or -1; a hit inside a hexadecimal hash does not
     * count. The home is full of hex strings (MD5 surrogate keys, SHA-256 file hashes, the HMAC
     * pseudonyms themselves): some hundred thousand of them hold, by chance, a run of seven decimal
     * digits equal to some employee number, and whether DuckDB stores such a key uncompressed varies
     * from run to run. A leaked number is a value of its own, not part of a 32- or 64-character run
     * of hex digits with letters in it.
     */
    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (!insideHexHash(haystack, i, i + needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes around a hit, printable ones as text, for the failure message. */
    static String around(byte[] bytes, int at) {
        if (at < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, at - 80); i < Math.min(bytes.length, at + 80); i++) {
            int value = bytes[i] & 0xff;
            text.append(value >= 32 && value < 127 ? String.valueOf((char) value) : String.format("\\x%02x", value));
        }
        return text.toString();
    }

    private static boolean insideHexHash(byte[] bytes, int from, int to) {
        int start = from;
        while (start > 0 && isHexDigit(bytes[start - 1])) {
            start--;
        }
        int end = to;
        while (end < bytes.length && isHexDigit(bytes[end])) {
            end++;
        }
        boolean hasLetter = false;
        for (int i = start; i < end && !hasLetter; i++) {
            hasLetter = bytes[i] >= 'a' && bytes[i] <= 'f' || bytes[i] >= 'A' && bytes[i] <= 'F';
        }
        return end - start >= 32 && hasLetter;
    }

    private static boolean isHexDigit(byte value) {
        return value >= '0' && value <= '9' || value >= 'a' && value <= 'f' || value >= 'A' && value <= 'F';
    }
}
