package no.hdo.dw.pipeline.landing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The common part of a feed whose file names carry a delivery stamp ({@code bliksund_<stamp>.jsonl}):
 * the pattern's group named {@code stamp} is the stamp, and a group named {@code period}, where the
 * feed has one, its period. Subclasses say how a file is opened.
 */
public abstract class StampedFeed<R, T> implements FeedSpec<R, T> {

    private final FeedId id;
    private final Pattern fileName;
    private final String fileNameForm;
    private final RecordSchema<T> schema;
    private final ItemProcessor<SourceRecord<R>, Checked<T>> validator;

    protected StampedFeed(
            FeedId id,
            Pattern fileName,
            String fileNameForm,
            RecordSchema<T> schema,
            ItemProcessor<SourceRecord<R>, Checked<T>> validator) {
        this.id = id;
        this.fileName = fileName;
        this.fileNameForm = fileNameForm;
        this.schema = schema;
        this.validator = validator;
    }

    @Override
    public final FeedId id() {
        return id;
    }

    @Override
    public DeliveryName parseName(String name) throws RejectedFileException {
        Matcher matcher = fileName.matcher(name);
        if (!matcher.matches()) {
            throw new RejectedFileException("the file name " + name + " does not fit " + fileNameForm);
        }
        String period = fileName.pattern().contains("?<period>") ? matcher.group("period") : null;
        return new DeliveryName(DeliveryName.parseStamp(matcher.group("stamp"), name), period);
    }

    @Override
    public final RecordSchema<T> schema() {
        return schema;
    }

    @Override
    public final ItemProcessor<SourceRecord<R>, Checked<T>> validator() {
        return validator;
    }
}
