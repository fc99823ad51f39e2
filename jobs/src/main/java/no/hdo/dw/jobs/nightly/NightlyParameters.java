package no.hdo.dw.jobs.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.pipeline.turnus.TurnusJobConfiguration;
import no.hdo.dw.warehouse.MonthRange;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersIncrementer;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;

/**
 * The inputs of one nightly run, built once (by {@code hdo-dw nightly} from its options and the
 * environment, or by a test), and handed to the job as its job parameters: the steps read them
 * there, and nowhere else. The run's id is not here: {@link RunIdIncrementer} gives the next one.
 *
 * @param runDate the run date; its month before is the reporting month
 * @param inbox the inbox, {@code <inbox>/<source>/<feed>/<file>}
 * @param minPersons BI figures about fewer persons are suppressed; never below 5 (sources.md, "Personal data")
 * @param duckdbMemoryLimit DuckDB's memory cap for the run, e.g. {@code 4GB}; null: DuckDB's default
 * @param pseudonymKeySource where the pseudonym key is ({@link PseudonymKey#fromSource}), never the key
 * @param rekey {@code nightly --rekey}: move to a new pseudonym key on purpose (the turnus data made
 *     under the old key is retired and every turnus file of the inbox landed anew)
 * @param rebuild what the build may stand on ({@code nightly --full-refresh}, {@code --rebuild-months})
 */
public record NightlyParameters(
        LocalDate runDate,
        Path inbox,
        int minPersons,
        String duckdbMemoryLimit,
        String pseudonymKeySource,
        boolean rekey,
        Rebuild rebuild) {

    // The job parameters' names; those the landing reads are named by the landing.
    public static final String RUN_ID = NewFilesPartitioner.RUN_ID_PARAMETER;
    public static final String RUN_DATE = "run.date";
    public static final String INBOX = NewFilesPartitioner.INBOX_PARAMETER;
    public static final String MIN_PERSONS = "min.persons";
    public static final String DUCKDB_MEMORY_LIMIT = "duckdb.memory.limit";
    public static final String PSEUDONYM_KEY_SOURCE = TurnusJobConfiguration.PSEUDONYM_KEY_SOURCE_PARAMETER;
    public static final String REKEY = "rekey";
    public static final String FULL_REFRESH = "full.refresh";
    public static final String REBUILD_MONTHS = "rebuild.months";

    // The defaults, each once; the command line's options take them as picocli default values.
    public static final String MIN_PERSONS_VARIABLE = "HDO_DW_MIN_PERSONS";
    public static final int DEFAULT_MIN_PERSONS = 5;
    /** The threshold can be raised, never lowered below this (sources.md, "Personal data"). */
    public static final int LOWEST_MIN_PERSONS = 5;

    public static final String MIN_PERSONS_OPTION_DEFAULT =
            "${env:" + MIN_PERSONS_VARIABLE + ":-" + DEFAULT_MIN_PERSONS + "}";
    /** Caps DuckDB's native memory (default: {@code DuckDbDatabase.defaultMemoryLimit()}, from the machine's memory). */
    public static final String DUCKDB_MEMORY_LIMIT_VARIABLE = "HDO_DW_DUCKDB_MEMORY_LIMIT";

    public static final String DUCKDB_MEMORY_LIMIT_OPTION_DEFAULT = "${env:" + DUCKDB_MEMORY_LIMIT_VARIABLE + "}";
    public static final String DEFAULT_PSEUDONYM_KEY_SOURCE = PseudonymKey.ENVIRONMENT_SOURCE;

    /**
     * What the night's build may stand on.
     *
     * @param full {@code nightly --full-refresh}: rebuild every model from the whole landing archive,
     *     instead of standing on the last build
     * @param months {@code nightly --rebuild-months}: months whose rows the incremental models compute
     *     again from the whole landing archive (every other table is built whole); null: none
     */
    public record Rebuild(boolean full, MonthRange months) {

        /** Stand on the last build where it can. */
        public static final Rebuild NONE = new Rebuild(false, null);
    }

    public NightlyParameters {
        Objects.requireNonNull(runDate, "runDate");
        rebuild = rebuild == null ? Rebuild.NONE : rebuild;
        inbox = inbox.toAbsolutePath().normalize();
        if (minPersons < LOWEST_MIN_PERSONS) {
            throw new InvalidRequestException(
                    tooFewPersons("the fewest persons a published figure may be about", minPersons));
        }
        if (duckdbMemoryLimit != null && duckdbMemoryLimit.isBlank()) {
            duckdbMemoryLimit = null;
        }
        if (duckdbMemoryLimit != null && !isMemoryAmount(duckdbMemoryLimit)) {
            throw new InvalidRequestException(notAMemoryAmount("the DuckDB memory limit", duckdbMemoryLimit));
        }
        pseudonymKeySource = pseudonymKeySource == null ? PseudonymKey.NO_SOURCE : pseudonymKeySource;
    }

    /** A run that keeps the home's pseudonym key (no {@code --rekey}). */
    public NightlyParameters(
            LocalDate runDate, Path inbox, int minPersons, String duckdbMemoryLimit, String pseudonymKeySource) {
        this(runDate, inbox, minPersons, duckdbMemoryLimit, pseudonymKeySource, false, Rebuild.NONE);
    }

    /** The one line that refuses a threshold below {@link #LOWEST_MIN_PERSONS}, naming the {@code setting} it came from. */
    public static String tooFewPersons(String setting, int minPersons) {
        return setting + " cannot be below " + LOWEST_MIN_PERSONS + " (no published figure may be about fewer than "
                + LOWEST_MIN_PERSONS + " persons), not " + minPersons;
    }

    /** Whether {@code limit} is a DuckDB memory amount ({@code 4GB}, {@code 512MB}, blank: none). */
    public static boolean isMemoryAmount(String limit) {
        return limit.isBlank() || limit.strip().matches("[0-9]+(\\.[0-9]+)?\\s*[A-Za-z%]*");
    }

    /** The one line that refuses a memory limit, naming the {@code setting} it came from. */
    public static String notAMemoryAmount(String setting, String limit) {
        return setting + " must be an amount such as 4GB or 512MB, not '" + limit + "'";
    }

    /** A run of {@code inbox} on {@code runDate} with the defaults: the key from the environment, if it is set there. */
    public static NightlyParameters of(Path inbox, LocalDate runDate) {
        return new NightlyParameters(runDate, inbox, DEFAULT_MIN_PERSONS, null, DEFAULT_PSEUDONYM_KEY_SOURCE);
    }

    public NightlyParameters withMinPersons(int persons) {
        return new NightlyParameters(runDate, inbox, persons, duckdbMemoryLimit, pseudonymKeySource, rekey, rebuild);
    }

    public NightlyParameters withDuckdbMemoryLimit(String limit) {
        return new NightlyParameters(runDate, inbox, minPersons, limit, pseudonymKeySource, rekey, rebuild);
    }

    public NightlyParameters withPseudonymKeySource(String source) {
        return new NightlyParameters(runDate, inbox, minPersons, duckdbMemoryLimit, source, rekey, rebuild);
    }

    /** Moving to a new pseudonym key on purpose ({@code nightly --rekey}). */
    public NightlyParameters withRekey(boolean moveToNewKey) {
        return new NightlyParameters(
                runDate, inbox, minPersons, duckdbMemoryLimit, pseudonymKeySource, moveToNewKey, rebuild);
    }

    /** Computing the rows of {@code months} again from the whole landing archive ({@code nightly --rebuild-months}). */
    public NightlyParameters withRebuildMonths(MonthRange months) {
        return withRebuild(new Rebuild(rebuild.full(), months));
    }

    private NightlyParameters withRebuild(Rebuild what) {
        return new NightlyParameters(runDate, inbox, minPersons, duckdbMemoryLimit, pseudonymKeySource, rekey, what);
    }

    /** Rebuilding every model from the whole landing archive ({@code nightly --full-refresh}). */
    public NightlyParameters withFullRefresh(boolean rebuildEverything) {
        return withRebuild(new Rebuild(rebuildEverything, rebuild.months()));
    }

    /** This run's job parameters, without the run id. Only the date identifies a run, beside its id. */
    public JobParameters toJobParameters() {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addLocalDate(RUN_DATE, runDate)
                .addString(INBOX, inbox.toString(), false)
                .addLong(MIN_PERSONS, (long) minPersons, false)
                .addString(PSEUDONYM_KEY_SOURCE, pseudonymKeySource, false)
                .addString(REKEY, Boolean.toString(rekey), false)
                .addString(FULL_REFRESH, Boolean.toString(rebuild.full()), false);
        if (rebuild.months() != null) {
            parameters.addString(REBUILD_MONTHS, rebuild.months().toString(), false);
        }
        if (duckdbMemoryLimit != null) {
            parameters.addString(DUCKDB_MEMORY_LIMIT, duckdbMemoryLimit.strip(), false);
        }
        return parameters.toJobParameters();
    }

    /**
     * The next run's parameters for {@code JobOperator.startNextInstance}: this run's inputs, and the
     * run id after the last run's ({@link RunIdIncrementer}). Only the id is taken from the last run,
     * so that nothing of its inputs (an old inbox, a memory limit given then) carries over.
     */
    public JobParametersIncrementer incrementer() {
        RunIdIncrementer runIds = new RunIdIncrementer();
        JobParameters thisRun = toJobParameters();
        return last -> new JobParametersBuilder(thisRun)
                .addLong(RUN_ID, runIds.getNext(last).getLong(RUN_ID))
                .toJobParameters();
    }
}
