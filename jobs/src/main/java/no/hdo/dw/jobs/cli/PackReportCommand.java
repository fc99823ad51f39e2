package no.hdo.dw.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.pack.ReportPack;
import no.hdo.dw.warehouse.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdo-dw report pack --month yyyy-MM [--out DIR]}: the report pack of outputs.md. */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "Write the report pack of a month: the Word document with the report's tables and charts,",
            "figurer/*.png and tabeller/*.csv (default folder: <home>/report-packs/<yyyy-MM>)."
        })
public final class PackReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Mixin
    ReportMonthOption month;

    @Option(names = "--out", paramLabel = "DIR", description = "The pack's folder (replaced whole).")
    Path out;

    @Override
    public Integer call() {
        YearMonth reportMonth = month.month();
        Home resolved = home.home();
        ReportPack.Written written = ReportPack.write(
                resolved, reportMonth, out != null ? out : ReportPack.defaultFolder(resolved, reportMonth));
        spec.commandLine()
                .getOut()
                .println("Report pack of " + reportMonth + " written to " + written.folder() + ": "
                        + written.document().getFileName() + ", " + written.figures() + " figures in figurer/, "
                        + written.tables() + " tables in tabeller/");
        return 0;
    }
}
