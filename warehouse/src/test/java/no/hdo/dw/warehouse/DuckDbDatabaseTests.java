package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory by default: a quarter of the machine, within 256 MB and 1 GB. */
class DuckDbDatabaseTests {

    private static final long GIB = 1L << 30;

    @TempDir
    Path temporary;

    @Test
    void theDefaultMemoryLimitIsAQuarterOfTheMachineWithinItsFloorAndCeiling() {
        // given machines of 24 GiB, 2 GiB and 512 MiB, when the default is taken, then
        assertThat(DuckDbDatabase.defaultMemoryLimit(24 * GIB)).isEqualTo("1024MiB");
        assertThat(DuckDbDatabase.defaultMemoryLimit(2 * GIB)).isEqualTo("512MiB");
        assertThat(DuckDbDatabase.defaultMemoryLimit(GIB / 2)).isEqualTo("256MiB");
    }

    @Test
    void theDefaultOfThisMachineIsOneDuckDbTakes() {
        // given a real database file, when it is limited to this machine's default
        try (DuckDbDatabase database = DuckDbDatabase.openReadWrite(temporary.resolve("work.duckdb"))) {
            String limit = DuckDbDatabase.defaultMemoryLimit();
            database.limitMemory(limit);

            // then DuckDB holds that limit (it shows 1024 MiB as 1.0 GiB)
            String shown = database.jdbi()
                    .withHandle(handle -> handle.createQuery("select current_setting('memory_limit')")
                            .mapTo(String.class)
                            .one());
            double mebibytes = Double.parseDouble(limit.replace("MiB", ""));
            String[] amountAndUnit = shown.split(" ");
            double shownMebibytes = Double.parseDouble(amountAndUnit[0]) * (amountAndUnit[1].equals("GiB") ? 1024 : 1);
            assertThat(shownMebibytes).isCloseTo(mebibytes, org.assertj.core.data.Percentage.withPercentage(1));
        }
    }

    @Test
    void takesTheNumberOfThreadsTheEnvironmentGives() {
        // given the variable, as surefire sets it for the test JVMs
        String threads = System.getenv(DuckDbDatabase.THREADS_VARIABLE);
        assumeTrue(threads != null, DuckDbDatabase.THREADS_VARIABLE + " is not set");

        // then a database opened here works with that many threads
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            String setting = database.jdbi()
                    .withHandle(handle -> handle.createQuery("select current_setting('threads')")
                            .mapTo(String.class)
                            .one());
            assertThat(setting).isEqualTo(threads.strip());
        }
    }
}
