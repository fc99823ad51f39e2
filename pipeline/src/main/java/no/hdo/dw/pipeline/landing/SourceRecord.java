package no.hdo.dw.pipeline.landing;

/** One record as read from a delivered file, with its line or record number; not yet validated. */
public record SourceRecord<R>(long recordNo, R raw) {
}
