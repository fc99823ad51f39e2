package no.hdo.dw.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    public Path published() {
        return root.resolve("published");
    }

    public Path publishedWarehouse() {
        return published().resolve("warehouse.duckdb");
    }

    public Path publishedParquet() {
        return published().resolve("parquet");
    }

    /** Creates the folders a nightly run writes to. */
    public Home create() {
        try {
            for (Path folder :
                    new Path[] {root, stateFolder(), landing(), runReports(), published(), publishedParquet()}) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the home folders under " + root, e);
        }
        return this;
    }
}
