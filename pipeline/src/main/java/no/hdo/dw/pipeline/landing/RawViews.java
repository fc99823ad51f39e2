package no.hdo.dw.pipeline.landing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.RawView;

/**
 * The {@code raw} views over the landing archive, one per feed ({@code raw.video__bliksund}): the
 * registered Parquet files only, so a file that was written but never registered (a crash between
 * the two) is never read. A feed with no landed file yet gets an empty view of the right columns, and
 * a view always has every column of the feed's schema, null in files landed before the column existed.
 */
public final class RawViews {

    private RawViews() {}

    public static List<String> statements(List<? extends FeedSpec<?, ?>> feeds, LandingRegistry registry) {
        return views(feeds, registry).stream().map(RawView::statement).toList();
    }

    /** The raw view of each feed, over the files the registry has landed for it. */
    public static List<RawView> views(List<? extends FeedSpec<?, ?>> feeds, LandingRegistry registry) {
        List<RawView> views = new ArrayList<>();
        for (FeedSpec<?, ?> feed : feeds) {
            views.add(view(feed, registry.landedFiles(feed.id())));
        }
        return views;
    }

    static RawView view(FeedSpec<?, ?> feed, List<LandingRegistry.LandedFile> files) {
        RecordSchema<?> schema = FileLanding.landedSchema(feed.schema());
        String empty = "select "
                + schema.columns().stream()
                        .map(column -> "cast(null as " + sqlType(column.type()) + ") as " + column.name())
                        .collect(Collectors.joining(", "))
                + " limit 0";
        return new RawView(
                feed.id().rawView(),
                empty,
                files.stream().map(LandingRegistry.LandedFile::archivePath).toList());
    }

    static String sqlType(RecordSchema.ColumnType type) {
        return switch (type) {
            case STRING -> "varchar";
            case INT -> "integer";
            case LONG -> "bigint";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case INSTANT -> "timestamp with time zone";
            case LOCAL_DATE_TIME -> "timestamp";
            case DECIMAL_2 -> "decimal(18, 2)";
        };
    }
}
