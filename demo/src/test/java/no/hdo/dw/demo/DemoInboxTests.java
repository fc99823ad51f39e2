package no.hdo.dw.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the demo inbox back with its own simple parsers (not the pipeline's) and checks it against
 * the contracts and the February 2026 report.
 */
class DemoInboxTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter SNLA_TIME =
            DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern STAMP = Pattern.compile("_(\\d{14})\\.");
    private static final List<YearMonth> MONTHS = Stream.iterate(YearMonth.of(2025, 2), m -> m.plusMonths(1))
            .limit(13)
            .toList();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The demo inbox, written once for this class: the demo module cannot reach the jobs tests'
     * DemoPublication (jobs depends on demo), and these tests need only the inbox, not a run.
     */
    @TempDir
    static Path inbox;

    private static DemoInbox.Summary summary;
    private static Feed bliksund;
    private static Feed snla;

    @BeforeAll
    static void writeTheDemoInbox() throws IOException {
        summary = DemoInbox.write(inbox);
        bliksund = Feed.read(inbox, "video/bliksund");
        snla = Feed.read(inbox, "video/snla");
    }

    @Test
    void completedCallsInJanuaryAndFebruary2026AreTheReportedFigure() {
        // given the calls as the warehouse must see them: newest delivery per call id, bad records out
        // when counted by the Oslo month of their start
        long total = Stream.of(bliksund, snla)
                .mapToLong(feed -> feed.completedIn(YearMonth.of(2026, 1)) + feed.completedIn(YearMonth.of(2026, 2)))
                .sum();

        // then
        assertThat(total).isEqualTo(40_854);
        assertThat(summary.feed("video/bliksund").expectedBetween(YearMonth.of(2026, 1), YearMonth.of(2026, 2))
                        + summary.feed("video/snla").expectedBetween(YearMonth.of(2026, 1), YearMonth.of(2026, 2)))
                .isEqualTo(40_854);
        assertThat(bliksund.completedIn(YearMonth.of(2026, 1)) + snla.completedIn(YearMonth.of(2026, 1)))
                .isBetween(20_000L, 22_000L);
    }

    @Test
    void theSummaryPredictsEveryMonthOfBothPlatforms() {
        for (Feed feed : List.of(bliksund, snla)) {
            Map<YearMonth, Long> found = new TreeMap<>();
            MONTHS.forEach(m -> found.put(m, feed.completedIn(m)));
            assertThat(summary.feed(feed.key).expectedByMonth()).as(feed.key).isEqualTo(found);
        }
    }

    @Test
    void everyMonthHasCallsOnBothPlatformsInPlausibleShares() {
        for (YearMonth month : MONTHS) {
            long b = bliksund.completedIn(month);
            long s = snla.completedIn(month);
            assertThat(b).as("Bliksund %s", month).isPositive();
            assertThat(s).as("SNLA %s", month).isPositive();
            assertThat((double) b / (b + s)).as("Bliksund share %s", month).isBetween(0.58, 0.67);
            for (Feed feed : List.of(bliksund, snla)) {
                double notCompleted = 1 - (double) feed.completedIn(month) / feed.callsIn(month);
                assertThat(notCompleted)
                        .as("%s not completed %s", feed.key, month)
                        .isBetween(0.04, 0.11);
            }
        }
    }

    @Test
    void callsStartWithinTheThirteenMonthsAndSnlaAvoidsTimesThatDoNotReadBack() {
        Instant from = YearMonth.of(2025, 2).atDay(1).atStartOfDay(OSLO).toInstant();
        Instant to = YearMonth.of(2026, 3).atDay(1).atStartOfDay(OSLO).toInstant();
        for (Feed feed : List.of(bliksund, snla)) {
            assertThat(feed.newest.values())
                    .allSatisfy(call -> assertThat(call.start()).isBetween(from, to.minusSeconds(1)));
        }
        // a local time that does not exist, or exists twice, is never written by SNLA
        assertThat(snla.localStarts)
                .noneMatch(t -> OSLO.getRules().getValidOffsets(t).size() != 1);
    }

    @Test
    void norwegianLettersSurviveInWindows1252() throws IOException {
        // given an SNLA file as bytes
        Path file = snla.files.get(snla.files.size() / 2);
        byte[] bytes = Files.readAllBytes(file);

        // then ø is the single byte 0xF8, not UTF-8's two bytes, and decodes back as cp1252
        assertThat(indexOf(bytes, new byte[] {(byte) 0xF8})).isNotNegative();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xB8})).isNegative();
        String text = new String(bytes, CP1252);
        assertThat(text).contains("Legevakt Tromsø", "AMK Førde", "Legevakt Ålesund", "Gjennomført");
    }

    @Test
    void snlaUsesCrlfAndTheContractHeader() throws IOException {
        for (Path file : snla.files) {
            String text = new String(Files.readAllBytes(file), CP1252);
            assertThat(text)
                    .startsWith("Samtale-ID;Starttid;Sluttid;Sentral;Status\r\n")
                    .endsWith("\r\n");
            assertThat(text.replace("\r\n", ""))
                    .as(file.getFileName().toString())
                    .doesNotContain("\n", "\r");
        }
    }

    @Test
    void deliveriesOverlapSoTheNewestMustWin() {
        for (Feed feed : List.of(bliksund, snla)) {
            // every delivery shares calls with the next
            long inTwoFiles =
                    feed.filesPerId.values().stream().filter(n -> n == 2).count();
            assertThat(inTwoFiles).as(feed.key).isGreaterThan(10_000);
            assertThat(feed.filesPerId.values())
                    .as(feed.key)
                    .allSatisfy(n -> assertThat(n).isBetween(1, 2));
            // a few calls say something else in the older delivery
            assertThat(feed.revisedIds)
                    .as(feed.key)
                    .hasSize(summary.feed(feed.key).revisedRecords())
                    .isNotEmpty();
        }
    }

    @Test
    void deliveriesAreWeeklyAndCoverFebruary2025ThroughFebruary2026() {
        for (Feed feed : List.of(bliksund, snla)) {
            List<LocalDateTime> stamps =
                    feed.files.stream().map(Feed::stampOf).sorted().toList();
            assertThat(stamps).hasSize(summary.feed(feed.key).filesWritten());
            assertThat(stamps.get(0).minusDays(8)).isBeforeOrEqualTo(LocalDateTime.of(2025, 2, 1, 0, 0));
            assertThat(stamps.get(stamps.size() - 1)).isEqualTo(LocalDateTime.of(2026, 3, 1, 2, 0));
        }
    }

    @Test
    void theBadRecordsFoundAreTheOnesTheSummaryLists() {
        for (Feed feed : List.of(bliksund, snla)) {
            Set<String> listed = summary.feed(feed.key).badRecords().stream()
                    .map(b -> b.file() + ":" + b.line() + ":" + b.field())
                    .collect(Collectors.toSet());
            assertThat(feed.bad).as(feed.key).containsExactlyInAnyOrderElementsOf(listed);
        }
        assertThat(summary.feed(bliksund.key).badRecordsWritten()
                        + summary.feed(snla.key).badRecordsWritten())
                .isEqualTo(bliksund.bad.size() + snla.bad.size())
                .isBetween(6, 10);
        assertThat(summary.feed(bliksund.key).recordsWritten()
                        + summary.feed(snla.key).recordsWritten())
                .isEqualTo(bliksund.records + snla.records);
    }

    @Test
    void twoWritesGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
        // when
        DemoInbox.Summary again = DemoInbox.write(other);

        // then
        assertThat(again).isEqualTo(summary);
        List<Path> first = files(inbox);
        List<Path> second = files(other);
        assertThat(second).isEqualTo(first);
        for (Path relative : first) {
            assertThat(Files.mismatch(inbox.resolve(relative), other.resolve(relative)))
                    .as(relative.toString())
                    .isEqualTo(-1L);
        }
    }

    // ---- independent reading ----

    private record Version(String id, Instant start, boolean completed, String line) {}

    private static final class Feed {

        final String key;
        final List<Path> files;
        final Map<String, Version> newest = new HashMap<>();
        final Map<String, Integer> filesPerId = new HashMap<>();
        final Set<String> revisedIds = new HashSet<>();
        final List<String> bad = new ArrayList<>();
        final List<LocalDateTime> localStarts = new ArrayList<>();
        final Map<YearMonth, Long> completedByMonth = new TreeMap<>();
        final Map<YearMonth, Long> callsByMonth = new TreeMap<>();
        long records;

        private Feed(String key, List<Path> files) {
            this.key = key;
            this.files = files;
        }

        static Feed read(Path inbox, String key) throws IOException {
            List<Path> files;
            try (Stream<Path> listing = Files.list(inbox.resolve(key))) {
                // oldest delivery first, so a later put is a newer delivery
                files = listing.sorted((a, b) -> stampOf(a).compareTo(stampOf(b)))
                        .toList();
            }
            Feed feed = new Feed(key, files);
            for (Path file : files) {
                boolean snla = key.equals("video/snla");
                List<String> lines = Files.readAllLines(file, snla ? CP1252 : StandardCharsets.UTF_8);
                String name = key + "/" + file.getFileName();
                for (int i = snla ? 1 : 0; i < lines.size(); i++) {
                    feed.records++;
                    Version version = snla ? feed.snla(lines.get(i)) : feed.bliksund(lines.get(i));
                    if (version.id() == null) {
                        feed.bad.add(name + ":" + (i + 1) + ":" + version.line());
                        continue;
                    }
                    Version older = feed.newest.put(version.id(), version);
                    if (older != null && !older.line().equals(version.line())) {
                        feed.revisedIds.add(version.id());
                    }
                    feed.filesPerId.merge(version.id(), 1, Integer::sum);
                }
            }
            // by the Oslo month of the start of the version that won
            for (Version call : feed.newest.values()) {
                YearMonth month = YearMonth.from(call.start().atZone(OSLO));
                feed.callsByMonth.merge(month, 1L, Long::sum);
                if (call.completed()) {
                    feed.completedByMonth.merge(month, 1L, Long::sum);
                }
            }
            return feed;
        }

        static LocalDateTime stampOf(Path file) {
            Matcher m = STAMP.matcher(file.getFileName().toString());
            assertThat(m.find()).as(file.toString()).isTrue();
            return LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
        }

        /** A bad record comes back as a version without id whose line is the offending field. */
        private Version bliksund(String line) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                return invalid("record");
            }
            if (node == null || !node.isObject()) {
                return invalid("record");
            }
            if (!node.hasNonNull("callId")) {
                return invalid("callId");
            }
            if (!node.hasNonNull("start")) {
                return invalid("start");
            }
            String status = node.get("status").asText();
            if (!Set.of("COMPLETED", "FAILED", "REJECTED").contains(status)) {
                return invalid("status");
            }
            Instant start = OffsetDateTime.parse(node.get("start").asText()).toInstant();
            if (node.hasNonNull("end")
                    && OffsetDateTime.parse(node.get("end").asText())
                            .toInstant()
                            .isBefore(start)) {
                return invalid("end");
            }
            return new Version(node.get("callId").asText(), start, status.equals("COMPLETED"), line);
        }

        private Version snla(String line) {
            String[] f = line.split(";", -1);
            LocalDateTime start;
            try {
                start = LocalDateTime.parse(f[1], SNLA_TIME);
            } catch (DateTimeParseException e) {
                return invalid("Starttid");
            }
            try {
                if (!f[2].isEmpty()) {
                    LocalDateTime.parse(f[2], SNLA_TIME);
                }
            } catch (DateTimeParseException e) {
                return invalid("Sluttid");
            }
            if (!Set.of("Gjennomført", "Avbrutt", "Ubesvart").contains(f[4])) {
                return invalid("Status");
            }
            localStarts.add(start);
            return new Version(f[0], start.atZone(OSLO).toInstant(), f[4].equals("Gjennomført"), line);
        }

        private static Version invalid(String field) {
            return new Version(null, null, false, field);
        }

        long completedIn(YearMonth month) {
            return completedByMonth.getOrDefault(month, 0L);
        }

        long callsIn(YearMonth month) {
            return callsByMonth.getOrDefault(month, 0L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
