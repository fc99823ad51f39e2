package no.hdo.dw.warehouse;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.hdo.dw.warehouse.internal.Sha256;
import no.hdo.dw.warehouse.internal.SqlResources;
import org.jdbi.v3.core.Jdbi;

/**
 * What a full build is made from, to tell a night with nothing new (issue 13): the inputs (the code,
 * the settings, the raw views over the landing archive, the registry's and quarantine's counts) and
 * the content of the models that read the run date. A night whose inputs equal those of the last
 * published full build, and whose day models (rebuilt alone) come out the same, would build the same
 * warehouse: it does no model work and publishes nothing new. The feeds' freshness reads the run date
 * too, but changes every day by design: it is rebuilt every night and not compared.
 */
public record BuildFingerprint(String inputs, String dayModels) {

    /** The folders under {@code sql/} whose files make the build. */
    private static final List<String> CODE = List.of(
            "staging", "intermediate", "marts", "reporting", "bi", "macros", "tests", "seeds", "powerbi", "catalog");

    /** The inputs' digest: the code, the settings, the raw views and the registry's counts. */
    public static String inputs(Jdbi jdbi, List<RawView> rawViews, Map<String, Object> variables) {
        MessageDigest digest = Sha256.digest();
        for (String folder : CODE) {
            for (String suffix : List.of(".sql", ".csv")) {
                for (SqlResources.SqlFile file : SqlResources.list(folder, suffix)) {
                    Sha256.update(digest, file.path());
                    Sha256.update(digest, file.text());
                }
            }
        }
        new TreeMap<>(variables).forEach((name, value) -> Sha256.update(digest, name + "=" + value));
        rawViews.forEach(view -> Sha256.update(digest, view.statement()));
        jdbi.useHandle(handle -> {
            Sha256.update(
                    digest,
                    handle.createQuery(
                                    "select count(*) || '/' || coalesce(max(landed_file_id), 0) from meta.landed_file")
                            .mapTo(String.class)
                            .one());
            Sha256.update(
                    digest,
                    handle.createQuery("select count(*) || '/' || count(*) filter (where found_by = 'build')"
                                    + " from meta.quarantined_record")
                            .mapTo(String.class)
                            .one());
        });
        return Sha256.hex(digest);
    }

    /** The models that read the run date (by {@code run_date()} in their SQL), but the feeds' freshness. */
    public static List<ModelBuild.Model> modelsOfTheDay() {
        return ModelBuild.models().stream()
                .filter(model -> readsTheRunDate(model) && !isFreshness(model))
                .toList();
    }

    /**
     * Rebuilds, in the work warehouse as it is, the models that read the run date: the models of the
     * day, to compare, and the feeds' freshness, to bring it to {@code runDate}.
     */
    public static void rebuildTheDay(Jdbi jdbi, LocalDate runDate) {
        ModelBuild.runOnly(jdbi, runDate, BuildFingerprint::readsTheRunDate);
    }

    private static boolean readsTheRunDate(ModelBuild.Model model) {
        return model.sql().contains("run_date()");
    }

    /** The feeds' freshness, which the run date changes every day: rebuilt each night, never compared. */
    private static boolean isFreshness(ModelBuild.Model model) {
        return model.name().contains("freshness");
    }

    /** The content digest of the day models as they are in the work warehouse. */
    public static String digestOfTheDay(Jdbi jdbi) {
        MessageDigest digest = Sha256.digest();
        jdbi.useHandle(handle -> {
            for (ModelBuild.Model model : modelsOfTheDay()) {
                Sha256.update(digest, model.qualifiedName());
                Sha256.update(digest, Sha256.ofRows(handle, model.qualifiedName()));
            }
        });
        return Sha256.hex(digest);
    }

    /** The fingerprint of the last full build that published every domain, with its run. */
    public static Optional<Map.Entry<Long, BuildFingerprint>> lastPublished(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select run_id, inputs_sha256, day_models_sha256 from meta.build_fingerprint
                        order by run_id desc limit 1""")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new BuildFingerprint(rs.getString(2), rs.getString(3))))
                .findOne());
    }

    /** Notes this fingerprint for the run whose full build it was, after that run published every domain. */
    public void record(Jdbi jdbi, long runId, LocalDate runDate) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "insert or replace into meta.build_fingerprint values (:run, :date, :inputs, :day)")
                .bind("run", runId)
                .bind("date", runDate)
                .bind("inputs", inputs)
                .bind("day", dayModels)
                .execute());
    }
}
