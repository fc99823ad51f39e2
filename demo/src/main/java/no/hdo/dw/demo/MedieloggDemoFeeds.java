package no.hdo.dw.demo;

import static no.hdo.dw.demo.DemoInbox.FIRST_MONTH;
import static no.hdo.dw.demo.DemoInbox.LAST_MONTH;
import static no.hdo.dw.demo.DemoInbox.OSLO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import no.hdo.dw.demo.DemoInbox.FeedSummary;
import no.hdo.dw.feeds.TextFeed;

/**
 * The demo's media log: {@code medielogg/calls} and {@code medielogg/availability}, February 2025
 * through February 2026, UTF-8 comma-separated text.
 *
 * <p>Calls: one delivery a month (the 1st, 02:00), holding the month's calls and those of the
 * previous month's last day again, some of them revised (a failed recording found after all), so
 * the newest delivery must win. Availability: one file per month, delivered with the calls; planned
 * maintenance every month, unplanned outages in some 2025 months (two overlapping, one across a
 * month boundary), none in January and February 2026: 100 % uptime for both components, as in the
 * February 2026 report. June 2025 is delivered twice; the correction shortens an outage.
 */
public final class MedieloggDemoFeeds {

    static final String CALLS = TextFeed.MEDIELOGG_CALLS.key();
    static final String AVAILABILITY = TextFeed.MEDIELOGG_AVAILABILITY.key();

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final String[] SITES = {
        "AMK Oslo",
        "AMK Bergen",
        "AMK Trondheim",
        "AMK Stavanger",
        "AMK Tromsø",
        "AMK Bodø",
        "AMK Førde",
        "Legevakt Oslo",
        "Legevakt Bergen",
        "Legevakt Tromsø",
        "Legevakt Ålesund",
        "Legevakt Kristiansand"
    };
    private static final int CALLS_PER_DAY = 12;

    /** One unplanned or planned outage: component, start and end (UTC, ISO), planned. */
    private record Outage(String component, String start, String end, boolean planned) {

        String line() {
            return TextFeed.MEDIELOGG_AVAILABILITY.row(component, start, end == null ? "" : end, planned ? "1" : "0");
        }

        Instant startAt() {
            return Instant.parse(start);
        }

        Instant endAt() {
            return Instant.parse(end);
        }
    }

    /** Unplanned outages of the demo (UTC); none after November 2025. */
    private static final List<Outage> UNPLANNED = List.of(
            new Outage("SENTRAL", "2025-03-12T09:15:00Z", "2025-03-12T09:52:00Z", false),
            new Outage("SLUTTBRUKER", "2025-05-06T13:00:00Z", "2025-05-06T14:10:00Z", false),
            new Outage("SLUTTBRUKER", "2025-05-06T13:40:00Z", "2025-05-06T15:00:00Z", false),
            new Outage("SENTRAL", "2025-06-18T07:05:00Z", "2025-06-18T07:35:00Z", false),
            new Outage("SENTRAL", "2025-09-23T21:10:00Z", "2025-09-23T21:31:00Z", false),
            new Outage("SLUTTBRUKER", "2025-10-31T22:20:00Z", "2025-10-31T23:50:00Z", false),
            new Outage("SENTRAL", "2025-11-14T11:00:00Z", "2025-11-14T11:12:00Z", false));
    /** The first, later corrected, delivery of June 2025 had the SENTRAL outage 25 minutes longer. */
    private static final Outage JUNE_FIRST_REPORT =
            new Outage("SENTRAL", "2025-06-18T07:05:00Z", "2025-06-18T08:00:00Z", false);

    private MedieloggDemoFeeds() {}

    public static Map<String, FeedSummary> write(Path inbox) throws IOException {
        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        feeds.put(CALLS, writeCalls(inbox.resolve(CALLS)));
        feeds.put(AVAILABILITY, writeAvailability(inbox.resolve(AVAILABILITY)));
        return feeds;
    }

    private static FeedSummary writeCalls(Path folder) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(20_250_201L);
        // Every call of the 13 months once, by Oslo day; the files repeat the previous month's last day.
        Map<java.time.LocalDate, List<String[]>> callsByDay = new TreeMap<>();
        long sequence = 91_000_000L;
        for (var day = FIRST_MONTH.atDay(1); !day.isAfter(LAST_MONTH.atEndOfMonth()); day = day.plusDays(1)) {
            List<String[]> calls = new ArrayList<>();
            Instant dayStart = day.atStartOfDay(OSLO).toInstant();
            long seconds = ChronoUnit.SECONDS.between(
                    dayStart, day.plusDays(1).atStartOfDay(OSLO).toInstant());
            for (int index = 0; index < CALLS_PER_DAY; index++) {
                Instant start = dayStart.plusSeconds(random.nextLong(seconds));
                String channel = random.nextInt(4) == 0 ? "NODNETT" : "TELEFON";
                long duration = channel.equals("NODNETT") ? 5 + random.nextInt(60) : 30 + random.nextInt(600);
                boolean logged = random.nextInt(200) != 0;
                calls.add(new String[] {
                    "R-" + (sequence++),
                    SITES[random.nextInt(SITES.length)],
                    channel,
                    start.toString(),
                    Long.toString(duration),
                    logged ? "1" : "0"
                });
            }
            calls.sort((a, b) -> a[3].compareTo(b[3]));
            callsByDay.put(day, calls);
        }
        Map<YearMonth, Long> perMonth = new TreeMap<>();
        int files = 0;
        long records = 0;
        int revised = 0;
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            List<String> rows = new ArrayList<>();
            var previousLastDay = month.atDay(1).minusDays(1);
            for (String[] call : callsByDay.getOrDefault(previousLastDay, List.of())) {
                rows.add(TextFeed.MEDIELOGG_CALLS.row(call));
                records++;
            }
            for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                List<String[]> calls = callsByDay.get(day);
                if (day.equals(month.atEndOfMonth()) && !month.equals(LAST_MONTH)) {
                    // The first delivery of the month's last day says a recording failed; the next one, that it did
                    // not.
                    String[] first = calls.get(0);
                    if (first[5].equals("1")) {
                        String[] early = first.clone();
                        early[5] = "0";
                        rows.add(TextFeed.MEDIELOGG_CALLS.row(early));
                        records++;
                        revised++;
                        for (String[] call : calls.subList(1, calls.size())) {
                            rows.add(TextFeed.MEDIELOGG_CALLS.row(call));
                            records++;
                        }
                        perMonth.merge(month, (long) calls.size(), Long::sum);
                        continue;
                    }
                }
                for (String[] call : calls) {
                    rows.add(TextFeed.MEDIELOGG_CALLS.row(call));
                    records++;
                }
                perMonth.merge(month, (long) calls.size(), Long::sum);
            }
            TextFeed.MEDIELOGG_CALLS.write(folder.resolve(TextFeed.MEDIELOGG_CALLS.fileName(stamp(month))), rows);
            files++;
        }
        return new FeedSummary(files, records, perMonth, revised, List.of());
    }

    private static FeedSummary writeAvailability(Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<YearMonth, Long> unplannedSecondsPerMonth = new TreeMap<>();
        int files = 0;
        long records = 0;
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            List<Outage> outages = outagesOverlapping(month);
            if (month.equals(YearMonth.of(2025, 6))) {
                List<Outage> firstReport = new ArrayList<>(outages);
                firstReport.replaceAll(
                        outage -> outage.start().equals(JUNE_FIRST_REPORT.start()) ? JUNE_FIRST_REPORT : outage);
                records += writeMonth(
                        folder, month, month.plusMonths(1).atDay(1).atTime(2, 0).atZone(OSLO), firstReport);
                files++;
                records += writeMonth(
                        folder,
                        month,
                        month.plusMonths(1).atDay(3).atTime(9, 30).atZone(OSLO),
                        outages);
                files++;
            } else {
                records += writeMonth(folder, month, deliveryOf(month), outages);
                files++;
            }
            unplannedSecondsPerMonth.put(month, unplannedSeconds(month));
        }
        return new FeedSummary(files, records, unplannedSecondsPerMonth, 1, List.of());
    }

    private static long writeMonth(Path folder, YearMonth month, ZonedDateTime delivery, List<Outage> outages)
            throws IOException {
        TextFeed.MEDIELOGG_AVAILABILITY.write(
                folder.resolve(TextFeed.MEDIELOGG_AVAILABILITY.fileName(month.toString(), STAMP.format(delivery))),
                outages.stream().map(Outage::line).toList());
        return outages.size();
    }

    /** Planned maintenance (second Tuesday, 02:00-03:30 Oslo, SENTRAL; fourth Tuesday, SLUTTBRUKER) and the unplanned outages. */
    private static List<Outage> outagesOverlapping(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(OSLO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(OSLO).toInstant();
        List<Outage> outages = new ArrayList<>();
        var tuesdays = month.atDay(1)
                .datesUntil(month.plusMonths(1).atDay(1))
                .filter(day -> day.getDayOfWeek() == java.time.DayOfWeek.TUESDAY)
                .toList();
        outages.add(maintenance("SENTRAL", tuesdays.get(1)));
        outages.add(maintenance("SLUTTBRUKER", tuesdays.get(3)));
        UNPLANNED.stream()
                .filter(outage ->
                        outage.startAt().isBefore(to) && outage.endAt().isAfter(from))
                .forEach(outages::add);
        outages.sort((a, b) -> a.start().compareTo(b.start()));
        return outages;
    }

    private static Outage maintenance(String component, java.time.LocalDate day) {
        Instant start = day.atTime(2, 0).atZone(OSLO).toInstant();
        return new Outage(
                component, start.toString(), start.plus(90, ChronoUnit.MINUTES).toString(), true);
    }

    /** Unplanned outage seconds of the month, both components together, merged and clipped as definitions.md says. */
    static long unplannedSeconds(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(OSLO).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(OSLO).toInstant();
        long total = 0;
        for (String component : List.of("SENTRAL", "SLUTTBRUKER")) {
            List<Instant[]> spans = UNPLANNED.stream()
                    .filter(outage -> outage.component().equals(component))
                    .map(outage -> new Instant[] {max(outage.startAt(), from), min(outage.endAt(), to)})
                    .filter(span -> span[1].isAfter(span[0]))
                    .sorted((a, b) -> a[0].compareTo(b[0]))
                    .toList();
            Instant coveredUntil = Instant.MIN;
            for (Instant[] span : spans) {
                Instant start = max(span[0], coveredUntil);
                if (span[1].isAfter(start)) {
                    total += ChronoUnit.SECONDS.between(start, span[1]);
                    coveredUntil = span[1];
                }
            }
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static ZonedDateTime deliveryOf(YearMonth month) {
        return month.plusMonths(1).atDay(1).atTime(2, 0).atZone(OSLO);
    }

    private static String stamp(YearMonth month) {
        return STAMP.format(deliveryOf(month));
    }
}
