package no.hdo.dw.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Options with an environment variable default to it through picocli's {@code ${env:NAME:-default}}.
 * The test JVM has none of them set, so the fallbacks show; with them set, picocli puts their values
 * in (picocli's own behaviour, not tested again here).
 */
class CommandLineDefaultsTests {

    @Test
    void withoutTheEnvironmentTheDefaultsAreCliMds() {
        assumeTrue(
                System.getenv(Home.ENVIRONMENT_VARIABLE) == null
                        && System.getenv(NightlyParameters.MIN_PERSONS_VARIABLE) == null
                        && System.getenv(NightlyParameters.DUCKDB_MEMORY_LIMIT_VARIABLE) == null,
                "the test JVM has the variables set");

        // when
        NightlyCommand nightly = new NightlyCommand();
        Converters.registerAll(new CommandLine(nightly)).parseArgs("--inbox", "in", "--date", "2026-03-01");

        // then
        assertThat(nightly.home.home()).isEqualTo(new Home(Path.of("hdo-dw-home")));
        assertThat(nightly.tuning.minPersons)
                .isEqualTo(NightlyParameters.DEFAULT_MIN_PERSONS)
                .isEqualTo(5);
        assertThat(nightly.tuning.duckdbMemoryLimit).isNull();
        assertThat(nightly.pseudonymKeyFile).isNull();
        NightlyParameters parameters = nightly.tuning.applyTo(NightlyParameters.of(Path.of("in"), nightly.date));
        assertThat(parameters.minPersons()).isEqualTo(5);
        assertThat(parameters.duckdbMemoryLimit()).isNull();
    }

    @Test
    void anOptionWinsOverTheDefault() {
        NightlyCommand nightly = new NightlyCommand();
        Converters.registerAll(new CommandLine(nightly))
                .parseArgs(
                        "--inbox", "in", "--home", "elsewhere", "--min-persons", "3", "--duckdb-memory-limit", "2GB");

        assertThat(nightly.home.home()).isEqualTo(new Home(Path.of("elsewhere")));
        assertThat(nightly.tuning.minPersons).isEqualTo(3);
        assertThat(nightly.tuning.duckdbMemoryLimit).isEqualTo("2GB");
    }
}
