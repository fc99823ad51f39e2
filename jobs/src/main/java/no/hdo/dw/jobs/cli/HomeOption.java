package no.hdo.dw.jobs.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import no.hdo.dw.warehouse.Home;

/** {@code --home DIR}, shared by every command. */
public final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Where the warehouse, the landing archive and the run state live (default: $HDO_DW_HOME, else ./hdo-dw-home).")
    Path home;

    public Home resolve() {
        return Home.resolve(home);
    }
}
