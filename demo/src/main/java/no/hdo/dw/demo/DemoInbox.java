package no.hdo.dw.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the demo inbox ({@code <inbox>/<source>/<feed>/<file>}) that {@code hdo-dw demo} runs the
 * nightly job on. The data is synthetic but deterministic (fixed seeds), so the warehouse must give
 * back the figures of {@code seed-report-2026-02.md} exactly, every time.
 *
 * <p>Each source has its own generator class; this class only calls them in a fixed order and
 * collects what they wrote, so a test can check the warehouse against what was planted.
 */
public final class DemoInbox {

    /** Every local time in the demo is Oslo time (sources.md, ground rules). */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** The 13 months of the report's trends. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 2);

    static final YearMonth LAST_MONTH = YearMonth.of(2026, 2);

    private DemoInbox() {}

    /**
     * Writes every demo feed under {@code inbox}. Files of the same name are overwritten; other files
     * are left alone.
     */
    public static Summary write(Path inbox) throws IOException {
        Objects.requireNonNull(inbox, "inbox");
        Map<String, FeedSummary> feeds = new LinkedHashMap<>();
        // Later sources (ledger, turnus, medielogg, lifex) add their generator here.
        feeds.putAll(VideoDemoFeeds.write(inbox));
        feeds.putAll(LedgerDemoFeeds.write(inbox));
        feeds.putAll(TurnusDemoFeeds.write(inbox));
        feeds.putAll(MedieloggDemoFeeds.write(inbox));
        feeds.putAll(LifexDemoFeeds.write(inbox));
        return new Summary(feeds);
    }

    /** What one call of {@link #write} produced, per feed ("video/bliksund", ...), in writing order. */
    public record Summary(Map<String, FeedSummary> feeds) {

        public Summary {
            feeds = Collections.unmodifiableMap(new LinkedHashMap<>(feeds));
        }

        /** The part of one feed, by its key {@code <source>/<feed>}. */
        public FeedSummary feed(String key) {
            FeedSummary feed = feeds.get(key);
            if (feed == null) {
                throw new IllegalArgumentException("no demo feed " + key + "; have " + feeds.keySet());
            }
            return feed;
        }

        public int filesWritten() {
            return feeds.values().stream().mapToInt(FeedSummary::filesWritten).sum();
        }

        public long recordsWritten() {
            return feeds.values().stream()
                    .mapToLong(FeedSummary::recordsWritten)
                    .sum();
        }

        public int badRecordsWritten() {
            return feeds.values().stream()
                    .mapToInt(FeedSummary::badRecordsWritten)
                    .sum();
        }

        public List<BadRecord> badRecords() {
            List<BadRecord> all = new ArrayList<>();
            feeds.values().forEach(feed -> all.addAll(feed.badRecords()));
            return List.copyOf(all);
        }
    }

    /**
     * What was written for one feed.
     *
     * @param filesWritten    files written for the feed
     * @param recordsWritten  data records written, over all files, bad ones and repeated ones included
     *                        (header rows are not records)
     * @param expectedByMonth the feed's monthly figure the warehouse must compute, after "which
     *                        delivery wins" and without the bad records; for video: distinct completed
     *                        calls by the Oslo month of their start
     * @param revisedRecords  records delivered twice whose older delivery differs from the newer one
     *                        (the newer must win)
     * @param badRecords      the records planted to be quarantined
     */
    public record FeedSummary(
            int filesWritten,
            long recordsWritten,
            Map<YearMonth, Long> expectedByMonth,
            int revisedRecords,
            List<BadRecord> badRecords) {

        public FeedSummary {
            expectedByMonth = Collections.unmodifiableMap(new TreeMap<>(expectedByMonth));
            badRecords = List.copyOf(badRecords);
        }

        public int badRecordsWritten() {
            return badRecords.size();
        }

        /** Sum of the monthly figure over {@code from..to}, both inclusive. */
        public long expectedBetween(YearMonth from, YearMonth to) {
            return expectedByMonth.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(from) && !e.getKey().isAfter(to))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    /**
     * A record planted to break the feed's rules.
     *
     * @param file   path relative to the inbox, with {@code /}
     * @param line   1-based physical line in the file (a header row is line 1)
     * @param field  the field that breaks the rule, or {@code record} when the line as a whole does
     * @param reason why the record must be quarantined
     */
    public record BadRecord(String file, long line, String field, String reason) {}
}
