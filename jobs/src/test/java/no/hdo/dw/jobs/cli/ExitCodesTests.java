package no.hdo.dw.jobs.cli;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.hdo.dw.jobs.ExitCode;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.nightly.MissingPseudonymKeyException;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.pipeline.turnus.PseudonymKeyException;
import no.hdo.dw.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes come from {@link ExitCode}, mapped from exceptions in one place ({@link ExitCodes}). */
class ExitCodesTests {

    @TempDir
    Path temporary;

    @Test
    void theNumbersAreCliMds() {
        assertThat(ExitCode.OK.code()).isZero();
        assertThat(ExitCode.FAILED.code()).isEqualTo(1);
        assertThat(ExitCode.BAD_ARGUMENTS.code()).isEqualTo(2);
        assertThat(ExitCode.PUBLISHED_WITH_REJECTIONS.code()).isEqualTo(3);
        assertThat(ExitCode.PUBLISHED_NOT_ALL_UP_TO_DATE.code()).isEqualTo(4);
        assertThat(RunReport.exitCode(false, 0, 0, 0)).isEqualTo(1);
        assertThat(RunReport.exitCode(true, 0, 0, 0)).isEqualTo(0);
        assertThat(RunReport.exitCode(true, 1, 0, 0)).isEqualTo(3);
        assertThat(RunReport.exitCode(true, 0, 1, 0)).isEqualTo(3);
        // a feed past its freshness error threshold: 4, also when 3 would hold; nothing published stays 1
        assertThat(RunReport.exitCode(true, 0, 0, 1)).isEqualTo(4);
        assertThat(RunReport.exitCode(true, 1, 1, 2)).isEqualTo(4);
        assertThat(RunReport.exitCode(false, 1, 1, 1)).isEqualTo(1);
    }

    @Test
    void badRequestsAndKeysAreTwoAndAnyOtherIllegalArgumentIsOne() {
        ExitCodes exitCodes = new ExitCodes();
        assertThat(exitCodes.getExitCode(new InvalidRequestException("--from 2026-02 is after --to 2026-01")))
                .isEqualTo(2);
        assertThat(exitCodes.getExitCode(new PseudonymKeyException("the pseudonym key from x is 5 bytes long")))
                .isEqualTo(2);
        assertThat(exitCodes.getExitCode(new MissingPseudonymKeyException("no key")))
                .isEqualTo(2);
        assertThat(exitCodes.getExitCode(new CommandLine.ParameterException(new CommandLine(new HdoDw()), "bad")))
                .isEqualTo(2);
        // a home in use or with nothing published, however deep it is wrapped
        assertThat(exitCodes.getExitCode(new IllegalStateException("cannot start", new WarehouseException("in use"))))
                .isEqualTo(1);
        // a programming error is no bad argument
        assertThat(exitCodes.getExitCode(new IllegalArgumentException("a result table needs at least one column")))
                .isEqualTo(1);
        assertThat(exitCodes.getExitCode(new NullPointerException())).isEqualTo(1);
    }

    @Test
    void anExpectedFailureIsOneLineAndAnUnexpectedOneSaysWhereTheTraceIs() {
        // given a command line writing to strings
        ExitCodes exitCodes = new ExitCodes();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new HdoDw()).setErr(new PrintWriter(err, true));

        // when an expected and an unexpected failure end a command
        int expected = exitCodes.handleExecutionException(
                new InvalidRequestException("--months must be between 1 and 240, not 0"), commandLine, null);
        int unexpected = exitCodes.handleExecutionException(
                new IllegalStateException("wrapped", new ArithmeticException("/ by zero")), commandLine, null);

        // then
        assertThat(expected).isEqualTo(2);
        assertThat(unexpected).isEqualTo(1);
        assertThat(err.toString().lines())
                .containsExactly(
                        "hdo-dw: --months must be between 1 and 240, not 0",
                        "hdo-dw: / by zero (the stack trace is in the log)");
    }

    @Test
    void theCommandLineMapsThroughThem() throws Exception {
        // given a home whose published warehouse is not a DuckDB file, and an inbox that is a file
        Path home = temporary.resolve("home");
        Files.createDirectories(home.resolve("published"));
        Files.writeString(home.resolve("published/warehouse.duckdb"), "not a database");
        Path notAFolder = Files.writeString(temporary.resolve("inbox.txt"), "");

        // when
        Captured months = hdoDw("trend", "video-calls", "--to", "2026-02", "--months", "0", "--home", home.toString());
        Captured inbox = hdoDw(
                "nightly",
                "--inbox",
                notAFolder.toString(),
                "--home",
                temporary.resolve("other").toString());
        Captured broken = hdoDw("trend", "video-calls", "--to", "2026-02", "--home", home.toString());
        Captured keyFile = hdoDw(
                "nightly",
                "--inbox",
                temporary.toString(),
                "--home",
                temporary.resolve("other").toString(),
                "--pseudonym-key-file",
                Files.writeString(temporary.resolve("short.key"), "short").toString());

        // then
        assertThat(months.exitCode()).isEqualTo(2);
        assertThat(months.errLines()).containsExactly("hdo-dw: --months must be between 1 and 240, not 0");
        assertThat(inbox.exitCode()).isEqualTo(2);
        assertThat(inbox.errLines()).containsExactly("hdo-dw: the inbox " + notAFolder + " is not a folder");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.errLines()).singleElement().asString().startsWith("hdo-dw: ");
        assertThat(keyFile.exitCode()).isEqualTo(2);
        assertThat(keyFile.errLines()).singleElement().asString().contains("is 5 bytes long; it must be at least 16");
    }
}
