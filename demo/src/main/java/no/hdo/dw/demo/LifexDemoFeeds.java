package no.hdo.dw.demo;

import static no.hdo.dw.demo.DemoInbox.FIRST_MONTH;
import static no.hdo.dw.demo.DemoInbox.LAST_MONTH;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.hdo.dw.demo.DemoInbox.FeedSummary;
import no.hdo.dw.feeds.LifexTracker;
import no.hdo.dw.feeds.Workbooks;

/**
 * The demo's LifeX rollout tracker: {@code lifex/tracker}, one workbook per month (its last Friday),
 * February 2025 through February 2026, written with a real spreadsheet library.
 *
 * <p>60 control rooms; 43 have moved from ICCS to LifeX by the end of February 2026, every one in
 * region Nord among them, as in the February 2026 report. Every fourth room that has moved was put
 * off once, and so were some that have not yet, so planned dates move between snapshots. The
 * workbooks are as people keep them: an extra sheet, a blank row, some dates typed as text, a
 * word in lower case; none of it is wrong, so nothing is quarantined.
 */
public final class LifexDemoFeeds {

    static final String TRACKER = LifexTracker.SOURCE + "/" + LifexTracker.FEED;
    static final int MOVED_BY_END_OF_FEBRUARY = 43;

    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    /** Zip entries and document properties get these times, so two writes give the same bytes. */
    private static final Instant FIXED_ZIP_TIME =
            LocalDate.of(2026, 3, 1).atStartOfDay(DemoInbox.OSLO).toInstant();

    private static final Instant FIXED_DOCUMENT_TIME = Instant.parse("2026-03-01T00:00:00Z");

    /** A control room: name, type, region, health trust. */
    record Room(String name, String type, String region, String healthTrust) {}

    /** A room's plan: the date first planned, the date it was put off to and when that was decided, and its go-live. */
    record Plan(Room room, LocalDate firstPlanned, LocalDate replannedOn, LocalDate latestPlanned, LocalDate goLive) {

        LocalDate plannedAsOf(LocalDate snapshot) {
            return replannedOn != null && !snapshot.isBefore(replannedOn) ? latestPlanned : firstPlanned;
        }

        String statusAsOf(LocalDate snapshot) {
            if (goLive != null && !goLive.isAfter(snapshot)) {
                return "Omlagt";
            }
            if (replannedOn != null && !snapshot.isBefore(replannedOn) && snapshot.isBefore(replannedOn.plusDays(45))) {
                return "Utsatt";
            }
            return plannedAsOf(snapshot).minusDays(14).isAfter(snapshot) ? "Planlagt" : "Pågår";
        }
    }

    static final List<Room> ROOMS = List.of(
            // Nord: all ten move first
            new Room("AMK Tromsø", "AMK", "Nord", "Universitetssykehuset Nord-Norge"),
            new Room("AMK Bodø", "AMK", "Nord", "Nordlandssykehuset"),
            new Room("AMK Kirkenes", "AMK", "Nord", "Finnmarkssykehuset"),
            new Room("Legevakt Tromsø", "Legevaktsentral", "Nord", "Universitetssykehuset Nord-Norge"),
            new Room("Legevakt Bodø", "Legevaktsentral", "Nord", "Nordlandssykehuset"),
            new Room("Legevakt Alta", "Legevaktsentral", "Nord", "Finnmarkssykehuset"),
            new Room("Legevakt Harstad", "Legevaktsentral", "Nord", "Universitetssykehuset Nord-Norge"),
            new Room("Legevakt Mo i Rana", "Legevaktsentral", "Nord", "Helgelandssykehuset"),
            new Room("Akuttmottak Tromsø", "Akuttmottak", "Nord", "Universitetssykehuset Nord-Norge"),
            new Room("Akuttmottak Bodø", "Akuttmottak", "Nord", "Nordlandssykehuset"),
            // Midt: 11
            new Room("AMK Trondheim", "AMK", "Midt", "St. Olavs hospital"),
            new Room("AMK Ålesund", "AMK", "Midt", "Helse Møre og Romsdal"),
            new Room("AMK Levanger", "AMK", "Midt", "Helse Nord-Trøndelag"),
            new Room("Legevakt Trondheim", "Legevaktsentral", "Midt", "St. Olavs hospital"),
            new Room("Legevakt Ålesund", "Legevaktsentral", "Midt", "Helse Møre og Romsdal"),
            new Room("Legevakt Molde", "Legevaktsentral", "Midt", "Helse Møre og Romsdal"),
            new Room("Legevakt Kristiansund", "Legevaktsentral", "Midt", "Helse Møre og Romsdal"),
            new Room("Legevakt Namsos", "Legevaktsentral", "Midt", "Helse Nord-Trøndelag"),
            new Room("Akuttmottak Trondheim", "Akuttmottak", "Midt", "St. Olavs hospital"),
            new Room("Akuttmottak Molde", "Akuttmottak", "Midt", "Helse Møre og Romsdal"),
            new Room("Luftambulansebasen Ørland", "Annet", "Midt", "St. Olavs hospital"),
            // Vest: 13
            new Room("AMK Bergen", "AMK", "Vest", "Helse Bergen"),
            new Room("AMK Stavanger", "AMK", "Vest", "Helse Stavanger"),
            new Room("AMK Førde", "AMK", "Vest", "Helse Førde"),
            new Room("AMK Haugesund", "AMK", "Vest", "Helse Fonna"),
            new Room("Legevakt Bergen", "Legevaktsentral", "Vest", "Helse Bergen"),
            new Room("Legevakt Stavanger", "Legevaktsentral", "Vest", "Helse Stavanger"),
            new Room("Legevakt Haugesund", "Legevaktsentral", "Vest", "Helse Fonna"),
            new Room("Legevakt Førde", "Legevaktsentral", "Vest", "Helse Førde"),
            new Room("Legevakt Voss", "Legevaktsentral", "Vest", "Helse Bergen"),
            new Room("Akuttmottak Bergen", "Akuttmottak", "Vest", "Helse Bergen"),
            new Room("Akuttmottak Stavanger", "Akuttmottak", "Vest", "Helse Stavanger"),
            new Room("Akuttmottak Førde", "Akuttmottak", "Vest", "Helse Førde"),
            new Room("Redningskoordinering Sola", "Annet", "Vest", "Helse Stavanger"),
            // Sør-Øst: 26
            new Room("AMK Oslo", "AMK", "Sør-Øst", "Oslo universitetssykehus"),
            new Room("AMK Lørenskog", "AMK", "Sør-Øst", "Akershus universitetssykehus"),
            new Room("AMK Hamar", "AMK", "Sør-Øst", "Sykehuset Innlandet"),
            new Room("AMK Tønsberg", "AMK", "Sør-Øst", "Sykehuset i Vestfold"),
            new Room("AMK Kristiansand", "AMK", "Sør-Øst", "Sørlandet sykehus"),
            new Room("AMK Drammen", "AMK", "Sør-Øst", "Vestre Viken"),
            new Room("AMK Skien", "AMK", "Sør-Øst", "Sykehuset Telemark"),
            new Room("AMK Kalnes", "AMK", "Sør-Øst", "Sykehuset Østfold"),
            new Room("Legevakt Oslo", "Legevaktsentral", "Sør-Øst", "Oslo universitetssykehus"),
            new Room("Legevakt Bærum", "Legevaktsentral", "Sør-Øst", "Vestre Viken"),
            new Room("Legevakt Lillestrøm", "Legevaktsentral", "Sør-Øst", "Akershus universitetssykehus"),
            new Room("Legevakt Hamar", "Legevaktsentral", "Sør-Øst", "Sykehuset Innlandet"),
            new Room("Legevakt Gjøvik", "Legevaktsentral", "Sør-Øst", "Sykehuset Innlandet"),
            new Room("Legevakt Lillehammer", "Legevaktsentral", "Sør-Øst", "Sykehuset Innlandet"),
            new Room("Legevakt Drammen", "Legevaktsentral", "Sør-Øst", "Vestre Viken"),
            new Room("Legevakt Tønsberg", "Legevaktsentral", "Sør-Øst", "Sykehuset i Vestfold"),
            new Room("Legevakt Skien", "Legevaktsentral", "Sør-Øst", "Sykehuset Telemark"),
            new Room("Legevakt Kristiansand", "Legevaktsentral", "Sør-Øst", "Sørlandet sykehus"),
            new Room("Legevakt Arendal", "Legevaktsentral", "Sør-Øst", "Sørlandet sykehus"),
            new Room("Legevakt Fredrikstad", "Legevaktsentral", "Sør-Øst", "Sykehuset Østfold"),
            new Room("Akuttmottak Ullevål", "Akuttmottak", "Sør-Øst", "Oslo universitetssykehus"),
            new Room("Akuttmottak Lørenskog", "Akuttmottak", "Sør-Øst", "Akershus universitetssykehus"),
            new Room("Akuttmottak Drammen", "Akuttmottak", "Sør-Øst", "Vestre Viken"),
            new Room("Akuttmottak Kalnes", "Akuttmottak", "Sør-Øst", "Sykehuset Østfold"),
            new Room("Akuttmottak Kristiansand", "Akuttmottak", "Sør-Øst", "Sørlandet sykehus"),
            new Room("Nødmeldesentral Oslo", "Annet", "Sør-Øst", "Oslo universitetssykehus"));

    /** How many rooms of each region have moved by the end of February 2026: 10 + 9 + 10 + 14 = 43. */
    private static final Map<String, Integer> MOVED_PER_REGION =
            Map.of("Nord", 10, "Midt", 9, "Vest", 10, "Sør-Øst", 14);

    private LifexDemoFeeds() {}

    public static Map<String, FeedSummary> write(Path inbox) throws IOException {
        List<Plan> plans = plans();
        List<LocalDate> snapshots = snapshotDates();
        long records = 0;
        for (LocalDate snapshot : snapshots) {
            records += writeSnapshot(
                    LifexTracker.folder(inbox).resolve(LifexTracker.fileName(snapshot.toString())), snapshot, plans);
        }
        // The figure the warehouse must give: cutovers per month by the newest snapshot.
        Map<YearMonth, Long> cutovers = new TreeMap<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            cutovers.put(month, 0L);
        }
        LocalDate newest = snapshots.get(snapshots.size() - 1);
        plans.stream()
                .filter(plan -> plan.goLive() != null && !plan.goLive().isAfter(newest))
                .forEach(plan -> cutovers.merge(YearMonth.from(plan.goLive()), 1L, Long::sum));
        // A plan changed before the first snapshot is never seen to move.
        LocalDate first = snapshots.get(0);
        int replanned = (int) plans.stream()
                .filter(plan -> plan.replannedOn() != null
                        && plan.replannedOn().isAfter(first)
                        && !plan.replannedOn().isAfter(newest))
                .count();
        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        feeds.put(TRACKER, new FeedSummary(snapshots.size(), records, cutovers, replanned, List.of()));
        return feeds;
    }

    /** The last Friday of every month of the demo. */
    static List<LocalDate> snapshotDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(LAST_MONTH); month = month.plusMonths(1)) {
            dates.add(month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)));
        }
        return dates;
    }

    /**
     * Go-live dates one a week from 7 April 2025 for the rooms that move (Nord first, then the other
     * regions in turn), planned dates for the rest from March 2026; every fourth room put off once.
     */
    static List<Plan> plans() {
        List<Room> moving = new ArrayList<>();
        List<Room> waiting = new ArrayList<>();
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (Room room : ROOMS) {
            int count = taken.merge(room.region(), 1, Integer::sum);
            (count <= MOVED_PER_REGION.get(room.region()) ? moving : waiting).add(room);
        }
        // Nord first, then Midt, Vest and Sør-Øst interleaved.
        List<Room> order = new ArrayList<>(
                moving.stream().filter(room -> room.region().equals("Nord")).toList());
        List<List<Room>> others = List.of(
                new ArrayList<>(moving.stream()
                        .filter(room -> room.region().equals("Midt"))
                        .toList()),
                new ArrayList<>(moving.stream()
                        .filter(room -> room.region().equals("Vest"))
                        .toList()),
                new ArrayList<>(moving.stream()
                        .filter(room -> room.region().equals("Sør-Øst"))
                        .toList()));
        while (others.stream().anyMatch(list -> !list.isEmpty())) {
            for (List<Room> list : others) {
                if (!list.isEmpty()) {
                    order.add(list.remove(0));
                }
            }
        }
        List<Plan> plans = new ArrayList<>();
        LocalDate firstGoLive = LocalDate.of(2025, 4, 7);
        for (int index = 0; index < order.size(); index++) {
            LocalDate goLive = weekday(firstGoLive.plusDays(Math.round(index * 7.4)));
            LocalDate latestPlanned = index % 5 == 2 ? goLive.minusDays(1) : goLive;
            if (index % 4 == 1) {
                LocalDate firstPlanned = weekday(latestPlanned.minusDays(28));
                plans.add(new Plan(order.get(index), firstPlanned, firstPlanned.minusDays(20), latestPlanned, goLive));
            } else {
                plans.add(new Plan(order.get(index), latestPlanned, null, latestPlanned, goLive));
            }
        }
        LocalDate firstWaiting = LocalDate.of(2026, 3, 9);
        for (int index = 0; index < waiting.size(); index++) {
            LocalDate planned = weekday(firstWaiting.plusDays(index * 10L));
            if (index % 4 == 0) {
                LocalDate firstPlanned = weekday(planned.minusDays(56));
                plans.add(new Plan(waiting.get(index), firstPlanned, firstPlanned.minusDays(25), planned, null));
            } else {
                plans.add(new Plan(waiting.get(index), planned, null, planned, null));
            }
        }
        return plans;
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Writes one snapshot; returns the data rows written. */
    private static long writeSnapshot(Path file, LocalDate snapshot, List<Plan> plans) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(LifexTracker.header());
        for (int index = 0; index < plans.size(); index++) {
            Plan plan = plans.get(index);
            if (index == 10) {
                rows.add(null); // a blank row left between Nord and the rest
            }
            Room room = plan.room();
            String status = plan.statusAsOf(snapshot);
            String comment = null;
            if (status.equals("Utsatt")) {
                comment = "Utsatt fra " + TEXT_DATE.format(plan.firstPlanned());
            } else if (status.equals("Omlagt") && plan.goLive().isAfter(plan.firstPlanned())) {
                comment = "Omlagt "
                        + (plan.goLive().toEpochDay() - plan.firstPlanned().toEpochDay()) + " dager etter første plan";
            }
            rows.add(Workbooks.row(
                    index % 9 == 4 ? room.name() + " " : room.name(),
                    room.type(),
                    index % 11 == 7 ? room.region().toLowerCase(java.util.Locale.ROOT) : room.region(),
                    room.healthTrust(),
                    date(plan.plannedAsOf(snapshot), index % 6 == 3),
                    status.equals("Omlagt") ? date(plan.goLive(), index % 7 == 2) : null,
                    status,
                    comment));
        }
        new Workbooks("hdo-dw-demo")
                .sheet(
                        "Les meg",
                        Workbooks.row(
                                "LifeX-utrulling: oversikt over kontrollrom, oppdatert " + TEXT_DATE.format(snapshot)),
                        Workbooks.row("Fyll inn Omlagt dato når kontrollrommet er over på LifeX."))
                .sheet(LifexTracker.SHEET, rows)
                .reproducible(FIXED_ZIP_TIME, FIXED_DOCUMENT_TIME)
                .writeTo(file);
        return plans.size();
    }

    /** A date as an Excel date cell, or as text dd.MM.yyyy the way some people type it. */
    private static Object date(LocalDate date, boolean asText) {
        return asText ? TEXT_DATE.format(date) : date;
    }
}
