package no.hdo.dw.jobs.operator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.warehouse.Errors;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.WarehouseException;

/**
 * The run reports a home keeps, {@code runs/run-<n>.json}: written whole (a rename) at the end of
 * each run, so they can be read while a nightly run is going on, when the work warehouse is locked.
 */
public final class RunReports {

    private static final Pattern NAME = Pattern.compile("run-(\\d+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RunReports() {}

    /** The run ids that have a report, newest first. */
    public static List<Long> runIds(Home home) {
        if (!Files.isDirectory(home.runReports())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.runReports())) {
            List<Long> ids = new ArrayList<>();
            files.forEach(file -> {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    ids.add(Long.parseLong(name.group(1)));
                }
            });
            ids.sort(Comparator.reverseOrder());
            return ids;
        } catch (IOException e) {
            throw new WarehouseException("cannot list " + home.runReports() + ": " + Errors.ioReason(e), e);
        }
    }

    public static Path file(Home home, long runId) {
        return home.runReports().resolve("run-" + runId + ".json");
    }

    /** The report of run {@code runId}, if it wrote one. */
    public static Optional<RunReport> read(Home home, long runId) {
        Path file = file(home, runId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunReport.class));
        } catch (IOException e) {
            throw new WarehouseException("cannot read the run report " + file + ": " + Errors.rootMessage(e), e);
        }
    }

    /** The newest {@code limit} reports, newest first. */
    public static List<RunReport> newest(Home home, int limit) {
        return runIds(home).stream()
                .limit(limit)
                .map(id -> read(home, id))
                .flatMap(Optional::stream)
                .toList();
    }
}
