package no.hdo.dw.pipeline.landing;

/**
 * One record as read from a delivered file, with its line or record number; not yet validated. A
 * record that cannot be read at all (an open quote, a control character) has no {@code raw} but a
 * {@code problem}: it is quarantined with that reason, whatever the feed.
 */
public record SourceRecord<R>(long recordNo, R raw, String problem) {

    public SourceRecord(long recordNo, R raw) {
        this(recordNo, raw, null);
    }

    public static <R> SourceRecord<R> unreadable(long recordNo, String problem) {
        return new SourceRecord<>(recordNo, null, problem);
    }
}
