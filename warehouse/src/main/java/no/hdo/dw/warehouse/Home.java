package no.hdo.dw.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds everything one warehouse owns: the work warehouse, the landing archive,
 * the run state and the published output. Nothing outside it is written.
 */
public record Home(Path root) {

    /** Where the home is when {@code --home} is not given; else {@link #DEFAULT_FOLDER} in the working folder. */
    public static final String ENVIRONMENT_VARIABLE = "HDO_DW_HOME";

    public static final String DEFAULT_FOLDER = "hdo-dw-home";

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    public Path workWarehouse() {
        return root.resolve("warehouse.duckdb");
    }

    public Path stateFolder() {
        return root.resolve("state");
    }

    /**
     * The Spring Batch job repository, an H2 file (small transactions are what it does): kept apart so
     * the work warehouse can be rebuilt alone.
     */
    public Path jobRepository() {
        return stateFolder().resolve("jobs.mv.db");
    }

    /** Where the job repository was kept, in DuckDB, before {@link #jobRepository()}: copied over once, then left. */
    public Path formerJobRepository() {
        return stateFolder().resolve("jobs.duckdb");
    }

    /** The check value of the pseudonym key the turnus data was made with (never the key). */
    public Path pseudonymKeyCheck() {
        return stateFolder().resolve("pseudonym-key-check");
    }

    /** Where {@code nightly --rekey} moves the turnus archive made under the old key. */
    public Path retiredLanding() {
        return root.resolve("landing-retired");
    }

    public Path landing() {
        return root.resolve("landing");
    }

    public Path runReports() {
        return root.resolve("runs");
    }

    /** The log file of each nightly run ({@code logs/nightly-<time>.log}), the newest kept. */
    public Path logs() {
        return root.resolve("logs");
    }

    /** Held by the nightly run that uses the home ({@link HomeLock}); its text names the run's process. */
    public Path lockFile() {
        return stateFolder().resolve("nightly.lock");
    }

    /**
     * What readers open: a relative symbolic link to the current publication in {@link
     * #publications()}, turned in one rename by each new publication ({@link Publisher}).
     */
    public Path published() {
        return root.resolve("published");
    }

    /** One folder per publication, {@code run-<N>}: the current one and the one before it. */
    public Path publications() {
        return root.resolve("publications");
    }

    public Path publishedWarehouse() {
        return published().resolve("warehouse.duckdb");
    }

    public Path publishedParquet() {
        return published().resolve("parquet");
    }

    /** Creates the folders a nightly run writes to; a home that is a file is refused in one line. */
    public Home create() {
        requireFolderOrNothing();
        try {
            for (Path folder : new Path[] {root, stateFolder(), landing(), runReports(), publications()}) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new WarehouseException("cannot create the home folders under " + root + ": " + Errors.ioReason(e), e);
        }
        return this;
    }

    /** Refuses, in one line, a home that exists and is no folder (a file given to {@code --home}). */
    public Home requireFolderOrNothing() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new WarehouseException("the home " + root + " is a file, not a folder");
        }
        return this;
    }
}
