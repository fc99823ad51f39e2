package no.hdo.dw.jobs.cli;

import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --min-persons N} and {@code --duckdb-memory-limit SIZE}, each defaulting to its environment variable. */
public final class NightlyTuningOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--min-persons",
            paramLabel = "N",
            defaultValue = NightlyParameters.MIN_PERSONS_OPTION_DEFAULT,
            description = "BI figures about fewer persons than this are suppressed (default: $"
                    + NightlyParameters.MIN_PERSONS_VARIABLE
                    + ", else " + NightlyParameters.DEFAULT_MIN_PERSONS + "; now ${DEFAULT-VALUE}; never below "
                    + NightlyParameters.LOWEST_MIN_PERSONS + ").")
    int minPersons;

    @Option(
            names = "--duckdb-memory-limit",
            paramLabel = "SIZE",
            defaultValue = NightlyParameters.DUCKDB_MEMORY_LIMIT_OPTION_DEFAULT,
            description =
                    "Caps DuckDB's native memory, e.g. 4GB (default: $" + NightlyParameters.DUCKDB_MEMORY_LIMIT_VARIABLE
                            + ", else a quarter of the machine's memory, at least 256MiB, at most 1GiB).")
    String duckdbMemoryLimit;

    NightlyParameters applyTo(NightlyParameters parameters) {
        if (minPersons < NightlyParameters.LOWEST_MIN_PERSONS) {
            // the option's default is the variable: name the one the value came from
            boolean given = command.commandLine().getParseResult().hasMatchedOption("--min-persons");
            throw new InvalidRequestException(NightlyParameters.tooFewPersons(
                    given ? "--min-persons" : NightlyParameters.MIN_PERSONS_VARIABLE, minPersons));
        }
        if (duckdbMemoryLimit != null && !NightlyParameters.isMemoryAmount(duckdbMemoryLimit)) {
            // the option's default is the variable: name the one the value came from
            boolean given = command.commandLine().getParseResult().hasMatchedOption("--duckdb-memory-limit");
            throw new InvalidRequestException(NightlyParameters.notAMemoryAmount(
                    given ? "--duckdb-memory-limit" : NightlyParameters.DUCKDB_MEMORY_LIMIT_VARIABLE,
                    duckdbMemoryLimit));
        }
        return parameters.withMinPersons(minPersons).withDuckdbMemoryLimit(duckdbMemoryLimit);
    }
}
