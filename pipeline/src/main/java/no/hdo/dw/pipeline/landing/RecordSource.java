package no.hdo.dw.pipeline.landing;

import java.io.IOException;

/** The records of one delivered file, in order. */
public interface RecordSource<R> extends AutoCloseable {

    /** The next record, or null at the end. A file found unreadable part-way throws. */
    SourceRecord<R> next() throws IOException, RejectedFileException;

    @Override
    void close() throws IOException;
}
