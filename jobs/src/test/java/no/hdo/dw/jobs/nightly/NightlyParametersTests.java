package no.hdo.dw.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** A run's inputs become its job parameters; the run id comes from the last run's, and nothing else does. */
class NightlyParametersTests {

    private static final Path INBOX = Path.of("/data/inbox");
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);

    @Test
    void theInputsAreTheJobParametersAndTheKeyIsNot() {
        // given
        Path keyFile = Path.of("/etc/hdo-dw/pseudonym.key");
        NightlyParameters parameters = NightlyParameters.of(INBOX, RUN_DATE)
                .withMinPersons(6)
                .withDuckdbMemoryLimit(" 4GB ")
                .withPseudonymKeySource(PseudonymKey.fileSource(keyFile));

        // when
        JobParameters job = parameters.toJobParameters();

        // then
        assertThat(job.getLocalDate(NightlyParameters.RUN_DATE)).isEqualTo(RUN_DATE);
        assertThat(job.getString(NightlyParameters.INBOX)).isEqualTo("/data/inbox");
        assertThat(job.getLong(NightlyParameters.MIN_PERSONS)).isEqualTo(6L);
        assertThat(job.getString(NightlyParameters.DUCKDB_MEMORY_LIMIT)).isEqualTo("4GB");
        assertThat(job.getString(NightlyParameters.PSEUDONYM_KEY_SOURCE)).isEqualTo("file:/etc/hdo-dw/pseudonym.key");
        assertThat(job.getParameter(NightlyParameters.RUN_ID)).isNull();
        // only the date identifies a run beside its id
        assertThat(job.getIdentifyingParameters())
                .extracting(parameter -> parameter.name())
                .containsExactly(NightlyParameters.RUN_DATE);
    }

    @Test
    void theDefaultsTakeTheKeyFromTheEnvironmentAndNoMemoryLimit() {
        JobParameters job = NightlyParameters.of(INBOX, RUN_DATE).toJobParameters();

        assertThat(job.getLong(NightlyParameters.MIN_PERSONS)).isEqualTo(5L);
        assertThat(job.getString(NightlyParameters.PSEUDONYM_KEY_SOURCE)).isEqualTo("env:HDO_DW_PSEUDONYM_KEY");
        assertThat(job.getParameter(NightlyParameters.DUCKDB_MEMORY_LIMIT)).isNull();
    }

    @Test
    void theNextRunHasTheNextIdAndOnlyItsOwnInputs() {
        // given the last run's parameters, with a memory limit and another inbox
        JobParameters last = new JobParametersBuilder(NightlyParameters.of(Path.of("/old/inbox"), RUN_DATE.minusDays(1))
                        .withDuckdbMemoryLimit("1GB")
                        .toJobParameters())
                .addLong(NightlyParameters.RUN_ID, 41L)
                .toJobParameters();
        NightlyParameters thisRun = NightlyParameters.of(INBOX, RUN_DATE);

        // when
        JobParameters next = thisRun.incrementer().getNext(last);
        JobParameters first = thisRun.incrementer().getNext(new JobParameters());

        // then
        assertThat(next.getLong(NightlyParameters.RUN_ID)).isEqualTo(42L);
        assertThat(next.getString(NightlyParameters.INBOX)).isEqualTo("/data/inbox");
        assertThat(next.getLocalDate(NightlyParameters.RUN_DATE)).isEqualTo(RUN_DATE);
        assertThat(next.getParameter(NightlyParameters.DUCKDB_MEMORY_LIMIT)).isNull();
        assertThat(first.getLong(NightlyParameters.RUN_ID)).isEqualTo(1L);
    }

    @Test
    void badValuesAreBadRequests() {
        assertThatThrownBy(() -> NightlyParameters.of(INBOX, RUN_DATE).withMinPersons(4))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(
                        "the fewest persons a published figure may be about cannot be below 5 (no published figure may be about "
                                + "fewer than 5 persons), not 4");
        assertThatThrownBy(() -> NightlyParameters.of(INBOX, RUN_DATE).withDuckdbMemoryLimit("4GB'; drop table x; --"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("the DuckDB memory limit must be an amount");
        assertThat(NightlyParameters.of(INBOX, RUN_DATE)
                        .withDuckdbMemoryLimit("  ")
                        .duckdbMemoryLimit())
                .isNull();
    }
}
