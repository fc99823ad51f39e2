package no.hdo.dw.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * What the last committed build made each model from ({@code meta.model_build}) and which landed
 * files each raw view read then ({@code meta.build_raw_file}); written in the build's own
 * transaction, so it always describes the warehouse as it stands.
 */
final class BuildState {

    /**
     * A model's digests: its code through to the landing archive, that with everything it reads, and
     * what the models that read it take in its place (its input, or for a table of the day its rows).
     */
    record Digests(String code, String input, String output) {

        Digests withOutput(String rows) {
            return new Digests(code, input, rows);
        }
    }

    private static final int ROWS_PER_STATEMENT = 500;

    private final Long runId;
    private final Map<String, Digests> models;
    private final Map<String, List<String>> rawFiles;
    private final Map<String, ModelBuild.Action> actions;

    BuildState(
            Long runId,
            Map<String, Digests> models,
            Map<String, List<String>> rawFiles,
            Map<String, ModelBuild.Action> actions) {
        this.runId = runId;
        this.models = models;
        this.rawFiles = rawFiles;
        this.actions = actions;
    }

    static BuildState none() {
        return new BuildState(null, Map.of(), Map.of(), Map.of());
    }

    static BuildState read(Handle handle) {
        Map<String, Digests> models = new LinkedHashMap<>();
        handle.createQuery("select model_name, code_sha256, input_sha256, output_sha256 from meta.model_build")
                .map((rs, ctx) ->
                        Map.entry(rs.getString(1), new Digests(rs.getString(2), rs.getString(3), rs.getString(4))))
                .forEach(model -> models.put(model.getKey(), model.getValue()));
        Long runId = handle.createQuery("select max(built_by_run_id) from meta.model_build")
                .mapTo(Long.class)
                .one();
        Map<String, List<String>> rawFiles = new LinkedHashMap<>();
        handle.createQuery("select raw_view, archive_path from meta.build_raw_file order by raw_view, file_no")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(file -> rawFiles.computeIfAbsent(file.getKey(), view -> new ArrayList<>())
                        .add(file.getValue()));
        return new BuildState(runId, models, rawFiles, Map.of());
    }

    boolean isEmpty() {
        return models.isEmpty();
    }

    Long runId() {
        return runId;
    }

    Digests digests(String model) {
        return models.get(model);
    }

    /** The files the raw view read in the last build (empty if it had none or did not exist). */
    List<String> rawFiles(String rawView) {
        return rawFiles.getOrDefault(rawView, List.of());
    }

    /** Replaces what {@code meta} says of the last build by this state. */
    void write(Handle handle, long builtByRunId) {
        handle.execute("delete from meta.model_build");
        List<String> modelRows = new ArrayList<>();
        models.forEach((model, digests) -> modelRows.add("(" + quote(model) + ", " + quote(digests.code()) + ", "
                + quote(digests.input()) + ", " + quote(digests.output()) + ", " + builtByRunId + ", "
                + quote(actions.get(model).name()) + ")"));
        insert(handle, "meta.model_build", modelRows);
        handle.execute("delete from meta.build_raw_file");
        List<String> fileRows = new ArrayList<>();
        rawFiles.forEach((view, files) -> {
            for (int fileNo = 0; fileNo < files.size(); fileNo++) {
                fileRows.add("(" + quote(view) + ", " + fileNo + ", " + quote(files.get(fileNo)) + ")");
            }
        });
        insert(handle, "meta.build_raw_file", fileRows);
    }

    // One statement per few hundred rows: a JDBC batch is one DuckDB statement per row.
    private static void insert(Handle handle, String table, List<String> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            handle.execute("insert into " + table + " values "
                    + String.join(", ", rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))));
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
