package no.hdo.dw.jobs.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.operator.HomeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hdo-dw status [--format F]}: the operator's view of a home; answers while a nightly run is going on. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "How the home stands: whether a run is going on, the last runs (date, exit code, duration, files landed,",
            "rejected and not taken, records quarantined), the last run's rejected and not taken files, the",
            "publication and its age, each feed's freshness (pass, warn, error, none), and the pseudonym key's check value.",
            "Reads only the run reports and the published warehouse, so it works while a nightly run is going on."
        })
public final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(HomeStatus.of(home.home(), Instant.now()).render(format.format()));
        return 0;
    }
}
