package no.hdo.dw.pipeline.landing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * The {@code raw} views over the landing archive, one per feed ({@code raw.video__bliksund}): the
 * registered Parquet files only, so a file that was written but never registered (a crash between
 * the two) is never read. A feed with no landed file yet gets an empty view of the right columns, and
 * a view always has every column of the feed's schema, null in files landed before the column existed.
 */
public final class RawViews {

    private RawViews() {}

    public static List<String> statements(List<? extends FeedSpec<?, ?>> feeds, LandingRegistry registry) {
        List<String> statements = new ArrayList<>();
        for (FeedSpec<?, ?> feed : feeds) {
            statements.add(statement(feed, registry.landedFiles(feed.id())));
        }
        return statements;
    }

    static String statement(FeedSpec<?, ?> feed, List<LandingRegistry.LandedFile> files) {
        String view = "create or replace view " + feed.id().rawView() + " as\n";
        RecordSchema<?> schema = FileLanding.landedSchema(feed.schema());
        String empty = "select "
                + schema.columns().stream()
                        .map(column -> "cast(null as " + sqlType(column.type()) + ") as " + column.name())
                        .collect(Collectors.joining(", "))
                + " limit 0";
        if (files.isEmpty()) {
            return view + empty;
        }
        // By name after the empty row set of today's schema: a column the feed gained later (the SAF-T balances)
        // is null in the files landed before it, and the view has it even when no landed file does yet.
        return view + "select * from (" + empty + ") union all by name select * from read_parquet(["
                + files.stream()
                        .map(file -> "'" + DuckDbDatabase.sqlLiteral(file.archivePath()) + "'")
                        .collect(Collectors.joining(", "))
                + "], union_by_name = true)";
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
