package no.hdo.dw.demo;

import static no.hdo.dw.demo.DemoInbox.FIRST_MONTH;
import static no.hdo.dw.demo.DemoInbox.LAST_MONTH;
import static no.hdo.dw.demo.DemoInbox.OSLO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import no.hdo.dw.demo.DemoInbox.BadRecord;
import no.hdo.dw.demo.DemoInbox.FeedSummary;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.feeds.VideoLines;

/**
 * The demo's video calls: {@code video/bliksund} (JSON Lines, UTF-8) and {@code video/snla}
 * (Windows-1252, CRLF), February 2025 through February 2026.
 *
 * <p>Completed calls per platform and month are fixed first and then spread over the month's hours,
 * so the report's 40 854 completed calls in January + February 2026 hold exactly, whatever the
 * random spread. A delivery every 7 days carries the calls that started in the 8 days before it,
 * so consecutive files share a day and the newest delivery must win.
 */
public final class VideoDemoFeeds {

    static final String BLIKSUND = TextFeed.BLIKSUND.key();
    static final String SNLA = TextFeed.SNLA.key();

    /** The business report's completed calls, {Bliksund, SNLA}: 21 046 + 19 808 = 40 854. */
    private static final Map<YearMonth, int[]> REPORTED = Map.of(
            YearMonth.of(2026, 1), new int[] {13_085, 7_961},
            YearMonth.of(2026, 2), new int[] {12_337, 7_471});

    private static final LocalDate LAST_DELIVERY = LocalDate.of(2026, 3, 1);
    private static final LocalTime DELIVERY_TIME = LocalTime.of(2, 0);
    private static final int DELIVERY_EVERY_DAYS = 7;
    private static final int FILE_SPAN_DAYS = 8;

    /** Older deliveries whose shared day with the next delivery gets a few revised calls. */
    private static final List<LocalDate> REVISED_IN =
            List.of(LocalDate.of(2025, 9, 14), LocalDate.of(2026, 1, 11), LocalDate.of(2026, 2, 8));

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    /** Relative call volume by local hour of day: quiet nights, busy afternoons and evenings. */
    private static final double[] HOUR_WEIGHT = {
        0.35, 0.28, 0.24, 0.22, 0.24, 0.32, 0.50, 0.75, 1.00, 1.15, 1.25, 1.30,
        1.30, 1.28, 1.25, 1.25, 1.30, 1.35, 1.35, 1.30, 1.20, 1.05, 0.80, 0.55
    };
    /** Relative volume per day by calendar month: a summer and a Christmas peak. */
    private static final double[] SEASON = {1.02, 1.00, 0.98, 0.99, 1.00, 1.03, 1.07, 1.02, 0.98, 0.99, 1.00, 1.05};
    /** Days the out-of-hours services are busier than a weekend. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 4, 17),
            LocalDate.of(2025, 4, 18),
            LocalDate.of(2025, 4, 20),
            LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 17),
            LocalDate.of(2025, 12, 24),
            LocalDate.of(2025, 12, 25),
            LocalDate.of(2025, 12, 26),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 1));

    private VideoDemoFeeds() {}

    public static Map<String, FeedSummary> write(Path inbox) throws IOException {
        List<ZonedDateTime> deliveries = deliveries();
        Map<YearMonth, int[]> completed = completedPerMonth(new SplittableRandom(20_260_301L));
        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            feeds.put(platform.key, new Feed(platform, deliveries, completed).write(inbox));
        }
        return feeds;
    }

    /** Sundays 02:00 every 7 days back from 1 March 2026, until the first covers 1 February 2025. */
    static List<ZonedDateTime> deliveries() {
        Instant firstNeeded = FIRST_MONTH.atDay(1).atStartOfDay(OSLO).toInstant();
        List<ZonedDateTime> stamps = new ArrayList<>();
        LocalDate day = LAST_DELIVERY;
        while (true) {
            // ZonedDateTime.of moves 02:00 on the spring-forward Sunday to 03:00, which is the real instant.
            ZonedDateTime stamp = ZonedDateTime.of(day, DELIVERY_TIME, OSLO);
            stamps.add(0, stamp);
            if (!stamp.minusDays(FILE_SPAN_DAYS).toInstant().isAfter(firstNeeded)) {
                return List.copyOf(stamps);
            }
            day = day.minusDays(DELIVERY_EVERY_DAYS);
        }
    }

    /** Completed calls per month, {Bliksund, SNLA}: slow growth through 2025, the report's figures for 2026. */
    private static Map<YearMonth, int[]> completedPerMonth(SplittableRandom random) {
        Map<YearMonth, int[]> perMonth = new TreeMap<>();
        int index = 0;
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1), index++) {
            double perDay = 505 + 14.5 * index;
            double noise = 1 + (random.nextDouble() - 0.5) * 0.04;
            long total = Math.round(month.lengthOfMonth() * perDay * SEASON[month.getMonthValue() - 1] * noise);
            double bliksundShare = 0.615 + (random.nextDouble() - 0.5) * 0.03;
            int bliksund = (int) Math.round(total * bliksundShare);
            int[] split = REPORTED.getOrDefault(month, new int[] {bliksund, (int) total - bliksund});
            perMonth.put(month, split);
        }
        return perMonth;
    }

    /** What a call ended as, in platform-neutral terms. */
    enum Outcome {
        COMPLETED,
        BROKEN_OFF,
        NOT_ANSWERED
    }

    /** One version of a call; {@code end} is -1 when it has none. Times are epoch seconds. */
    record Call(long id, long start, long end, String centre, Outcome outcome, int participants, String client) {

        boolean completed() {
            return outcome == Outcome.COMPLETED;
        }
    }

    /** The older delivery of a call delivered twice, with what that delivery said. */
    private record Revision(int olderDelivery, Call older) {}

    /** A bad record to plant: in which delivery, how far into the file, and how it is built. */
    private record BadPlan(LocalDate delivery, double position, String field, String reason, BadLine line) {}

    @FunctionalInterface
    private interface BadLine {
        /** The line, given a start time (epoch seconds) that fits among its neighbours. */
        String build(long start);
    }

    enum Platform {
        BLIKSUND(
                TextFeed.BLIKSUND,
                7_000_000L,
                11L,
                0.065,
                new String[] {
                    "AMK Oslo",
                    "AMK Innlandet",
                    "AMK Vestfold",
                    "AMK Østfold",
                    "AMK Sørlandet",
                    "AMK Stavanger",
                    "AMK Bergen",
                    "AMK Trondheim"
                },
                new double[] {0.24, 0.12, 0.10, 0.10, 0.10, 0.12, 0.14, 0.08}),
        SNLA(
                TextFeed.SNLA,
                4_300_000L,
                23L,
                0.08,
                new String[] {
                    "AMK Førde",
                    "AMK Bodø",
                    "Legevakt Tromsø",
                    "Legevakt Ålesund",
                    "Legevakt Lærdal",
                    "Legevakt Harstad"
                },
                new double[] {0.20, 0.20, 0.18, 0.17, 0.10, 0.15});

        final TextFeed feed;
        final String key;
        final long firstId;
        final long seed;
        final double notCompletedShare;
        final String[] centres;
        final double[] centreWeights;

        Platform(
                TextFeed feed,
                long firstId,
                long seed,
                double notCompletedShare,
                String[] centres,
                double[] centreWeights) {
            this.feed = feed;
            this.key = feed.key();
            this.firstId = firstId;
            this.seed = seed;
            this.notCompletedShare = notCompletedShare;
            this.centres = centres;
            this.centreWeights = centreWeights;
        }

        /** Index into the {Bliksund, SNLA} pairs of completed calls per month. */
        int platformIndex() {
            return ordinal();
        }
    }

    /** One platform's calls and files. */
    private static final class Feed {

        private final Platform platform;
        private final List<ZonedDateTime> deliveries;
        private final Map<YearMonth, int[]> completed;
        private final SplittableRandom random;

        Feed(Platform platform, List<ZonedDateTime> deliveries, Map<YearMonth, int[]> completed) {
            this.platform = platform;
            this.deliveries = deliveries;
            this.completed = completed;
            this.random = new SplittableRandom(platform.seed);
        }

        FeedSummary write(Path inbox) throws IOException {
            List<Call> calls = generate();
            long[] starts = calls.stream().mapToLong(Call::start).toArray();
            checkCovered(starts);
            Map<Integer, Revision> revisions = revise(calls, starts);
            Map<Integer, List<BadPlan>> badByDelivery = new HashMap<>();
            for (BadPlan plan : badPlans()) {
                badByDelivery
                        .computeIfAbsent(deliveryIndex(plan.delivery()), i -> new ArrayList<>())
                        .add(plan);
            }

            Path dir = inbox.resolve(platform.key);
            Files.createDirectories(dir);
            List<BadRecord> badRecords = new ArrayList<>();
            long records = 0;
            for (int d = 0; d < deliveries.size(); d++) {
                ZonedDateTime stamp = deliveries.get(d);
                int from = lowerBound(starts, stamp.minusDays(FILE_SPAN_DAYS).toEpochSecond());
                int to = lowerBound(starts, stamp.toEpochSecond());
                List<String> lines = new ArrayList<>(to - from + 4);
                for (int i = from; i < to; i++) {
                    Revision revision = revisions.get(i);
                    Call version = revision != null && revision.olderDelivery() == d ? revision.older() : calls.get(i);
                    lines.add(format(version));
                }
                String fileName = fileName(stamp);
                // Planted in order of position; each earlier one shifts the later ones down a line.
                List<BadPlan> plans = new ArrayList<>(badByDelivery.getOrDefault(d, List.of()));
                plans.sort(Comparator.comparingDouble(BadPlan::position));
                int good = lines.size();
                for (int k = 0; k < plans.size(); k++) {
                    BadPlan plan = plans.get(k);
                    int at = (int) Math.round(good * plan.position());
                    // A start just after its neighbour, so the line looks like it belongs there.
                    long start = at == 0 ? starts[from] : starts[from + at - 1] + 7;
                    lines.add(at + k, plan.line().build(start));
                    badRecords.add(new BadRecord(
                            platform.key + "/" + fileName, platform.feed.lineOf(at + k), plan.field(), plan.reason()));
                }
                platform.feed.write(dir.resolve(fileName), lines);
                records += lines.size();
            }

            Map<YearMonth, Long> expected = new TreeMap<>();
            for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
                expected.put(month, 0L);
            }
            for (Call call : calls) {
                if (call.completed()) {
                    expected.merge(
                            YearMonth.from(Instant.ofEpochSecond(call.start()).atZone(OSLO)), 1L, Long::sum);
                }
            }
            badRecords.sort(Comparator.comparing(BadRecord::file).thenComparingLong(BadRecord::line));
            return new FeedSummary(deliveries.size(), records, expected, revisions.size(), badRecords);
        }

        // ---- generation ----

        private List<Call> generate() {
            List<Call> drafts = new ArrayList<>(300_000);
            for (Map.Entry<YearMonth, int[]> entry : completed.entrySet()) {
                HourTable hours = HourTable.of(entry.getKey(), platform == Platform.SNLA);
                int done = entry.getValue()[platform.platformIndex()];
                double share = platform.notCompletedShare + (random.nextDouble() - 0.5) * 0.02;
                int notDone = (int) Math.round(done * share / (1 - share));
                for (int i = 0; i < done; i++) {
                    drafts.add(draft(hours.sample(random), Outcome.COMPLETED));
                }
                for (int i = 0; i < notDone; i++) {
                    Outcome outcome = random.nextDouble() < 0.55 ? Outcome.NOT_ANSWERED : Outcome.BROKEN_OFF;
                    drafts.add(draft(hours.sample(random), outcome));
                }
            }
            // Stable sort: ties keep generation order, so ids stay deterministic.
            drafts.sort(Comparator.comparingLong(Call::start));
            List<Call> calls = new ArrayList<>(drafts.size());
            for (int i = 0; i < drafts.size(); i++) {
                Call d = drafts.get(i);
                calls.add(new Call(
                        platform.firstId + 1 + i,
                        d.start(),
                        d.end(),
                        d.centre(),
                        d.outcome(),
                        d.participants(),
                        d.client()));
            }
            return calls;
        }

        private Call draft(long start, Outcome outcome) {
            String centre = platform.centres[pick(platform.centreWeights)];
            long end = -1;
            int participants = 1;
            if (outcome == Outcome.COMPLETED) {
                // Log-normal around 5.5 minutes; at most an hour, so an SNLA end never reaches the
                // second 02:00-03:00 of the autumn change from a start before it.
                long seconds = Math.round(Math.exp(Math.log(330) + 0.65 * random.nextGaussian()));
                end = start + Math.max(40, Math.min(3_600, seconds));
                double p = random.nextDouble();
                participants = p < 0.72 ? 2 : p < 0.94 ? 3 : 4;
            }
            String client = null;
            if (platform == Platform.BLIKSUND && random.nextDouble() < 0.05) {
                // An extra field the contract says to ignore.
                double c = random.nextDouble();
                client = c < 0.4 ? "ios" : c < 0.8 ? "android" : "web";
            }
            return new Call(0, start, end, centre, outcome, participants, client);
        }

        private int pick(double[] weights) {
            double u = random.nextDouble() * Arrays.stream(weights).sum();
            for (int i = 0; i < weights.length - 1; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** Every call must be in at least one file: the files' windows must span all of them. */
        private void checkCovered(long[] starts) {
            long first = deliveries.get(0).minusDays(FILE_SPAN_DAYS).toEpochSecond();
            long last = deliveries.get(deliveries.size() - 1).toEpochSecond();
            if (starts[0] < first || starts[starts.length - 1] >= last) {
                throw new IllegalStateException("demo deliveries do not cover every " + platform.key + " call");
            }
        }

        // ---- revisions: calls whose older delivery said something else ----

        private Map<Integer, Revision> revise(List<Call> calls, long[] starts) {
            Map<Integer, Revision> revisions = new TreeMap<>();
            for (LocalDate date : REVISED_IN) {
                int older = deliveryIndex(date);
                ZonedDateTime stamp = deliveries.get(older);
                // The day both this delivery and the next one carry.
                int from = lowerBound(
                        starts,
                        deliveries.get(older + 1).minusDays(FILE_SPAN_DAYS).toEpochSecond());
                int to = lowerBound(starts, stamp.toEpochSecond());
                for (int kind = 0; kind < 2; kind++) {
                    int i = pickRevisable(calls, from, to, kind, revisions);
                    revisions.put(i, new Revision(older, olderVersion(calls.get(i), kind)));
                }
            }
            return revisions;
        }

        private int pickRevisable(List<Call> calls, int from, int to, int kind, Map<Integer, Revision> taken) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                int i = from + random.nextInt(to - from);
                Call call = calls.get(i);
                boolean fits = switch (platform) {
                    case BLIKSUND -> call.completed() && (kind == 0 || call.participants() >= 3);
                    case SNLA -> kind == 0 ? call.completed() : call.outcome() == Outcome.BROKEN_OFF;
                };
                if (fits && !taken.containsKey(i)) {
                    return i;
                }
            }
            throw new IllegalStateException("no call to revise in " + platform.key);
        }

        /**
         * What the older delivery said. Bliksund: first logged as FAILED, or one participant fewer.
         * SNLA: first logged as not answered, or as completed before it was found broken off. Two of
         * the four change whether the call counts, so only "newest delivery wins" gives the figure.
         */
        private Call olderVersion(Call call, int kind) {
            return switch (platform) {
                case BLIKSUND ->
                    kind == 0
                            ? new Call(call.id(), call.start(), -1, call.centre(), Outcome.BROKEN_OFF, 1, call.client())
                            : new Call(
                                    call.id(),
                                    call.start(),
                                    call.end(),
                                    call.centre(),
                                    call.outcome(),
                                    call.participants() - 1,
                                    call.client());
                case SNLA ->
                    kind == 0
                            ? new Call(call.id(), call.start(), -1, call.centre(), Outcome.NOT_ANSWERED, 1, null)
                            : new Call(
                                    call.id(),
                                    call.start(),
                                    call.start() + 95,
                                    call.centre(),
                                    Outcome.COMPLETED,
                                    2,
                                    null);
            };
        }

        // ---- bad records ----

        private List<BadPlan> badPlans() {
            return switch (platform) {
                case BLIKSUND ->
                    List.of(
                            new BadPlan(
                                    LocalDate.of(2025, 4, 13),
                                    0.31,
                                    "record",
                                    "not a JSON object: the line is cut off",
                                    start -> VideoLines.bliksund(
                                                    "b-9900001", start, start + 301, "AMK Bergen", "COMPLETED", 2, null)
                                            .substring(0, 72)),
                            new BadPlan(
                                    LocalDate.of(2025, 7, 20),
                                    0.58,
                                    "callId",
                                    "missing callId",
                                    start -> "{\"start\":\"" + VideoLines.isoOslo(start) + "\",\"end\":\""
                                            + VideoLines.isoOslo(start + 412)
                                            + "\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}"),
                            new BadPlan(
                                    LocalDate.of(2025, 11, 16),
                                    0.77,
                                    "start",
                                    "missing start",
                                    start -> "{\"callId\":\"b-9900003\",\"end\":\"" + VideoLines.isoOslo(start + 250)
                                            + "\",\"centre\":\"AMK Vestfold\",\"status\":\"COMPLETED\",\"participants\":2}"),
                            new BadPlan(
                                    LocalDate.of(2026, 1, 25),
                                    0.44,
                                    "end",
                                    "end before start",
                                    start -> VideoLines.bliksund(
                                            "b-9900004", start, start - 347, "AMK Stavanger", "COMPLETED", 3, null)),
                            new BadPlan(
                                    LocalDate.of(2026, 2, 15),
                                    0.66,
                                    "status",
                                    "unknown status CANCELLED",
                                    start -> VideoLines.bliksund(
                                            "b-9900005", start, -1, "AMK Innlandet", "CANCELLED", 1, null)));
                case SNLA ->
                    List.of(
                            new BadPlan(
                                    LocalDate.of(2025, 6, 8),
                                    0.27,
                                    "Starttid",
                                    "unparseable Starttid (yyyy-MM-dd, not dd.MM.yyyy)",
                                    start -> "S-9900006;"
                                            + Instant.ofEpochSecond(start)
                                                    .atZone(OSLO)
                                                    .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"))
                                            + ";" + VideoLines.snlaTime(start + 329) + ";AMK Bodø;Gjennomført"),
                            new BadPlan(
                                    LocalDate.of(2025, 10, 5),
                                    0.52,
                                    "Status",
                                    "unknown status Avvist",
                                    start -> "S-9900007;" + VideoLines.snlaTime(start) + ";;Legevakt Tromsø;Avvist"),
                            new BadPlan(
                                    LocalDate.of(2026, 2, 22),
                                    0.81,
                                    "Sluttid",
                                    "unparseable Sluttid (minute 61)",
                                    start -> "S-9900008;" + VideoLines.snlaTime(start) + ";"
                                            + VideoLines.snlaTime(start + 290).substring(0, 14)
                                            + "61:00;AMK Førde;Gjennomført"));
            };
        }

        // ---- formats ----

        private String format(Call call) {
            return switch (platform) {
                case BLIKSUND -> {
                    String status = switch (call.outcome()) {
                        case COMPLETED -> "COMPLETED";
                        case BROKEN_OFF -> "FAILED";
                        case NOT_ANSWERED -> "REJECTED";
                    };
                    yield VideoLines.bliksund(
                            "b-" + call.id(),
                            call.start(),
                            call.end(),
                            call.centre(),
                            status,
                            call.participants(),
                            call.client());
                }
                case SNLA -> {
                    String status = switch (call.outcome()) {
                        case COMPLETED -> "Gjennomført";
                        case BROKEN_OFF -> "Avbrutt";
                        case NOT_ANSWERED -> "Ubesvart";
                    };
                    yield VideoLines.snla(
                            "S-" + call.id(), call.start(), call.completed() ? call.end() : -1, call.centre(), status);
                }
            };
        }

        private String fileName(ZonedDateTime stamp) {
            String at = stamp.toLocalDateTime().format(STAMP);
            return platform.feed.fileName(at);
        }

        private int deliveryIndex(LocalDate date) {
            for (int i = 0; i < deliveries.size(); i++) {
                if (deliveries.get(i).toLocalDate().equals(date)) {
                    return i;
                }
            }
            throw new IllegalStateException("no demo delivery on " + date);
        }
    }

    /** First index whose value is at least {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The hours of one month with their relative call volume, for sampling start times. */
    private record HourTable(long[] hourStarts, double[] cumulative) {

        static HourTable of(YearMonth month, boolean avoidAmbiguousHours) {
            ZoneRules rules = OSLO.getRules();
            long from = month.atDay(1).atStartOfDay(OSLO).toEpochSecond();
            long to = month.plusMonths(1).atDay(1).atStartOfDay(OSLO).toEpochSecond();
            int hours = (int) ((to - from) / 3_600);
            long[] starts = new long[hours];
            double[] cumulative = new double[hours];
            double sum = 0;
            for (int h = 0; h < hours; h++) {
                long at = from + h * 3_600L;
                LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(at), OSLO);
                double weight = HOUR_WEIGHT[local.getHour()] * dayWeight(local.toLocalDate());
                // SNLA writes local time without offset: a time the autumn change shows twice would be
                // read as its first occurrence, so no SNLA call starts in that hour (either one).
                if (avoidAmbiguousHours && rules.getValidOffsets(local).size() != 1) {
                    weight = 0;
                }
                sum += weight;
                starts[h] = at;
                cumulative[h] = sum;
            }
            return new HourTable(starts, cumulative);
        }

        private static double dayWeight(LocalDate day) {
            if (HOLIDAYS.contains(day)) {
                return 1.25;
            }
            DayOfWeek dow = day.getDayOfWeek();
            return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? 1.12 : 1.0;
        }

        long sample(SplittableRandom random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] <= u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return hourStarts[lo] + random.nextInt(3_600);
        }
    }
}
