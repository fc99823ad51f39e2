package no.hdo.dw.jobs.cli;

import java.nio.file.Path;
import no.hdo.dw.warehouse.Home;
import picocli.CommandLine.Option;

/** {@code --home DIR}, shared by every command. */
public final class HomeOption {

    static final String DEFAULT = "${env:" + Home.ENVIRONMENT_VARIABLE + ":-" + Home.DEFAULT_FOLDER + "}";

    @Option(
            names = "--home",
            paramLabel = "DIR",
            defaultValue = DEFAULT,
            description = "Where the warehouse, the landing archive and the run state live (default: $"
                    + Home.ENVIRONMENT_VARIABLE + ", else ./" + Home.DEFAULT_FOLDER + "; now ${DEFAULT-VALUE}).")
    Path home;

    public Home home() {
        return new Home(home);
    }
}
