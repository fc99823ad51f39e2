package no.hdo.dw.jobs.services;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hdo-dw trend medielogg-uptime} and {@code hdo-dw trend lifex-rollout} through the command
 * line, in all four formats (cli.md): a month without an availability file is empty in every
 * format, never 0 or 100; counts are whole numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesTrendCommandFunctionalTests {

    @TempDir
    static Path folder;

    private String home;

    @BeforeAll
    void publish() {
        // given January 2026 with a 7-minute end-user outage and planned central maintenance, no file for December,
        // and a snapshot with one control room moved in November and one in January
        ServicesInbox services = new ServicesInbox(folder);
        services.availability(
                "2026-01",
                "20260201020000",
                "SENTRAL,2026-01-14T02:00:00Z,2026-01-14T03:30:00Z,1",
                "SLUTTBRUKER,2026-01-21T09:12:00Z,2026-01-21T09:19:00Z,0");
        services.tracker(
                "2026-01-30",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                row(
                                        "Kontrollrom",
                                        "Type",
                                        "Helseregion",
                                        "Helseforetak",
                                        "Planlagt omlegging",
                                        "Omlagt dato",
                                        "Status",
                                        "Kommentar"),
                                row(
                                        "AMK Bodø",
                                        "AMK",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 11, 3),
                                        LocalDate.of(2025, 11, 3),
                                        "Omlagt"),
                                row(
                                        "AMK Tromsø",
                                        "AMK",
                                        "Nord",
                                        "UNN",
                                        LocalDate.of(2026, 1, 12),
                                        LocalDate.of(2026, 1, 13),
                                        "Omlagt"),
                                row(
                                        "AMK Bergen",
                                        "AMK",
                                        "Vest",
                                        "Helse Bergen",
                                        LocalDate.of(2026, 4, 13),
                                        null,
                                        "Planlagt")));
        services.nightly(LocalDate.of(2026, 2, 1));
        home = services.home.root().toString();
    }

    @Test
    void uptimeIsEmptyForAMonthWithoutAFileInEveryFormat() {
        assertThat(trend("medielogg-uptime", "csv")).isEqualTo("""
                month,central_pct,end_user_pct
                2025-12,,
                2026-01,100.00,99.98
                """);
        assertThat(trend("medielogg-uptime", "json"))
                .contains("\"month\":\"2025-12\",\"central_pct\":null,\"end_user_pct\":null")
                .contains("\"month\":\"2026-01\",\"central_pct\":100.00,\"end_user_pct\":99.98");
        assertThat(trend("medielogg-uptime", "table")
                        .lines()
                        .filter(line -> line.startsWith("2025-12"))
                        .findFirst()
                        .orElseThrow()
                        .strip())
                .isEqualTo("2025-12");
        assertThat(trend("medielogg-uptime", "table")).contains("100,00 %").contains("99,98 %");
        assertThat(trend("medielogg-uptime", "markdown")).contains("| 2025-12 | | |");
    }

    @Test
    void rolloutCountsCutoversAndTheCumulativeInEveryFormat() {
        assertThat(trend("lifex-rollout", "csv")).isEqualTo("""
                month,cutovers,cumulative
                2025-12,0,1
                2026-01,1,2
                """);
        assertThat(trend("lifex-rollout", "json")).contains("\"month\":\"2025-12\",\"cutovers\":0,\"cumulative\":1");
        assertThat(trend("lifex-rollout", "table")).containsPattern("2026-01 +1 +2");
        assertThat(trend("lifex-rollout", "markdown")).containsPattern("\\| 2026-01 +\\| +1 \\| +2 \\|");
    }

    private String trend(String metric, String format) {
        Captured run = CommandLineRun.hdoDw(
                "trend", metric, "--to", "2026-01", "--months", "2", "--format", format, "--home", home);
        assertThat(run.exitCode()).as(metric + " " + format).isZero();
        return run.out();
    }
}
