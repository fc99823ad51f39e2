package no.hdo.dw.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import no.hdo.dw.warehouse.Home;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The home; one that is a file is a bad argument (exit 2). */
    public Home home() {
        Home given = new Home(home);
        if (Files.exists(given.root()) && !Files.isDirectory(given.root())) {
            throw new ParameterException(command.commandLine(), "--home " + given.root() + " is a file, not a folder");
        }
        return given;
    }
}
