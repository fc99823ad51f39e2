package no.hdo.dw.warehouse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code raw} view over the landing archive ({@code raw.video__bliksund}): the Parquet files of one
 * feed, read after an empty row set of the feed's columns ({@code emptySelect}) so that the view has
 * every column even when no file has it yet. An incremental build reads the same feed over the files
 * that are new since the last build ({@link #selectOver(List)}).
 */
public record RawView(String name, String emptySelect, List<Path> files) {

    public RawView {
        files = List.copyOf(files);
    }

    /** The statement that (re)creates the view over all its files. */
    public String statement() {
        return "create or replace view " + name + " as\n" + selectOver(files);
    }

    /** The view's select over {@code someFiles} only. */
    public String selectOver(List<Path> someFiles) {
        if (someFiles.isEmpty()) {
            return emptySelect;
        }
        // By name after the empty row set of today's schema: a column the feed gained later (the SAF-T balances)
        // is null in the files landed before it, and the view has it even when no landed file does yet.
        return "select * from (" + emptySelect + ") union all by name select * from read_parquet(["
                + someFiles.stream()
                        .map(file -> "'" + DuckDbDatabase.sqlLiteral(file) + "'")
                        .collect(Collectors.joining(", "))
                + "], union_by_name = true)";
    }
}
