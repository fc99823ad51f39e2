package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;
import no.hdo.dw.jobs.operator.QuarantineList;
import no.hdo.dw.jobs.output.TableRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdo-dw quarantine [--run N] [--feed SOURCE/FEED] [--format F]}. */
@Command(
        name = "quarantine",
        mixinStandardHelpOptions = true,
        description = {
            "The quarantined records and the rejected or not taken files of a run (file, record, field, value, reason),",
            "for sending back to the source owners; csv puts an apostrophe before text that starts with = + - @."
        })
public final class QuarantineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(names = "--run", paramLabel = "N", description = "The run (default: the newest run with a report).")
    Long run;

    @Option(
            names = "--feed",
            paramLabel = "SOURCE/FEED",
            description = "Only this feed, e.g. video/bliksund (files not taken belong to no feed).")
    String feed;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        QuarantineList.Result result = QuarantineList.of(home.home(), run, feed);
        if (result.note() != null) {
            spec.commandLine().getErr().println(ExitCodes.PREFIX + result.note());
        }
        // Written as it is rendered, not made into one string first: a run can quarantine millions of records.
        try {
            TableRenderer.render(
                    result.table(), format.format(), spec.commandLine().getOut());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return 0;
    }
}
