package no.hdo.dw.pipeline.landing;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * What a feed's extract provides to the shared landing machinery: how its files are named, how
 * they are read, how records are validated, and the typed columns it lands.
 *
 * @param <R> the record as read from the file
 * @param <T> the validated, typed record that is landed
 */
public interface FeedSpec<R, T> {

    FeedId id();

    /** Reads the delivery stamp (and period) from a file name; a name that does not fit is refused. */
    DeliveryName parseName(String fileName) throws RejectedFileException;

    RecordSchema<T> schema();

    /** Opens a delivered file; a file that cannot be read as a whole (header, encoding) is refused. */
    RecordSource<R> open(DeliveredFile file) throws IOException, RejectedFileException;

    /** The feed's validator: a record either becomes a typed value or a named rejection. */
    ItemProcessor<SourceRecord<R>, Checked<T>> validator();

    /**
     * Why a file of this feed of which no record was accepted (none read, or every one quarantined) is refused
     * whole, or null where such a file lands: a month without outages is real, but an employees file, the whole
     * truth, without one good row would end every employment.
     */
    default String whyRefusedWithoutAnAcceptedRecord() {
        return null;
    }
}
