package no.hdo.dw.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator installs it: the tar.gz the build made, unpacked into a new folder
 * and run as a process, with no Maven on the path and no checkout beside it (issue 12, item 6).
 */
class DistributionIntegrationTests {

    @TempDir
    static Path installed;

    private static Path root;

    @BeforeAll
    static void unpackTheDistribution() throws Exception {
        Path distribution = Path.of(System.getProperty("hdo.dw.distribution"));
        assertThat(distribution).exists();
        Result unpacked = run(List.of("tar", "-xzf", distribution.toString(), "-C", installed.toString()), Map.of());
        assertThat(unpacked.exitCode()).as(unpacked.err()).isZero();
        try (var folders = Files.list(installed)) {
            root = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(root.getFileName().toString()).startsWith("hdo-dw-");
    }

    @Test
    void theDistributionHoldsTheCommandTheJarTheSettingsAndTheSchedulersFiles() {
        // given the unpacked distribution, then it has the conventional layout
        assertThat(root.resolve("bin/hdo-dw")).isExecutable();
        assertThat(root.resolve("bin/hdo-dw.cmd")).exists();
        assertThat(root.resolve("lib/hdo-dw.jar")).isRegularFile();
        // DuckDB's native libraries beside the jar, not in it: the driver loads its platform's from lib/
        assertThat(root.resolve("lib/libduckdb_java.so_linux_amd64")).isRegularFile();
        assertThat(root.resolve("lib/libduckdb_java.so_windows_amd64")).isRegularFile();
        try (java.util.zip.ZipFile jar =
                new java.util.zip.ZipFile(root.resolve("lib/hdo-dw.jar").toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName))
                    .noneMatch(name -> name.startsWith("libduckdb_java"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(root.resolve("config/hdo-dw.env.example")).exists();
        assertThat(root.resolve("deploy/hdo-dw-nightly")).isExecutable();
        assertThat(root.resolve("deploy/hdo-dw-nightly.service"))
                .content()
                .contains("ExecStart=/opt/hdo-dw/deploy/hdo-dw-nightly", "--pseudonym-key-file");
        assertThat(root.resolve("deploy/hdo-dw-nightly.timer")).content().contains("OnCalendar=*-*-* 02:30:00");
        assertThat(root.resolve("deploy/crontab")).content().contains("30 2 * * *");
        assertThat(root.resolve("README.md")).exists();
        assertThat(root.resolve("docs/decisions.md")).exists();
    }

    @Test
    void theInstalledCommandRunsANightAndATrendWithoutMaven(@TempDir Path work) throws Exception {
        // given an inbox of one Bliksund delivery, and a path with Java but no Maven
        Path inbox = work.resolve("inbox");
        Path delivery = inbox.resolve("video/bliksund/bliksund_20260301020000.jsonl");
        Files.createDirectories(delivery.getParent());
        Files.writeString(
                delivery,
                "{\"callId\":\"b-1\",\"start\":\"2026-02-27T08:00:00+01:00\",\"end\":\"2026-02-27T08:05:00+01:00\","
                        + "\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}\n",
                StandardCharsets.UTF_8);
        Path home = work.resolve("home");

        // when the command shows its help
        Result help = hdoDw(List.of(root.resolve("bin/hdo-dw").toString(), "--help"));

        // then it answers without building anything
        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).contains("nightly", "trend", "status");
        assertThat(help.err()).doesNotContain("building");

        // when the scheduler's script runs the night
        Result night = hdoDw(List.of(
                root.resolve("deploy/hdo-dw-nightly").toString(),
                "--home",
                home.toString(),
                "--inbox",
                inbox.toString(),
                "--date",
                "2026-03-02"));

        // then it published, and the trend reads the publication
        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(home.resolve("published/warehouse.duckdb")).exists();
        List<String> trendArguments = List.of(
                root.resolve("bin/hdo-dw").toString(),
                "trend",
                "video-calls",
                "--to",
                "2026-02",
                "--months",
                "1",
                "--format",
                "csv",
                "--home",
                home.toString());
        Result trend = hdoDw(trendArguments);
        assertThat(trend.exitCode()).as(trend.err()).isZero();
        assertThat(trend.out().lines().toList()).first().isEqualTo("month,bliksund,snla,total");
        assertThat(trend.out().lines().toList()).element(1).asString().startsWith("2026-02,1,");
        // and the first short command made the class-data archive, which the next one starts from, silently
        assertThat(root.resolve("lib/hdo-dw.jsa")).isNotEmptyFile();
        Result again = hdoDw(trendArguments);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(trend.out());
        assertThat(again.err()).isEmpty();
    }

    @Test
    void theSchedulersScriptFailsWhenTheNightPublishesNothing(@TempDir Path work) throws Exception {
        // given a home that is a file, which no night can use
        Path home = Files.writeString(work.resolve("home"), "not a folder");

        // when the scheduler's script runs the night
        Result night = hdoDw(List.of(
                root.resolve("deploy/hdo-dw-nightly").toString(),
                "--home",
                home.toString(),
                "--inbox",
                work.toString()));

        // then the unit fails with the command's code and one line saying so
        assertThat(night.exitCode()).isNotZero();
        assertThat(night.err()).contains("hdo-dw nightly: FAILED (exit " + night.exitCode() + ")");
    }

    private static Result hdoDw(List<String> command) throws IOException, InterruptedException {
        // Java stays reachable; Maven and the checkout do not
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        return run(command, Map.of("PATH", javaBin + ":/usr/bin:/bin", "HDO_DW_JAVA_OPTS", "-Xmx512m"));
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().keySet().removeIf(name -> name.startsWith("HDO_DW_") || name.startsWith("MAVEN"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("hdo-dw-dist", ".out");
        Path err = Files.createTempFile("hdo-dw-dist", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within 3 minutes: " + command);
        }
        try {
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
