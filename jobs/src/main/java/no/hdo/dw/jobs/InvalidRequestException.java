package no.hdo.dw.jobs;

/**
 * What a command was asked cannot be answered as asked: months the wrong way round, an unknown
 * metric, a date with no snapshot. The command line prints the message as its one-line reason and
 * exits 2 (bad arguments, cli.md).
 */
public class InvalidRequestException extends IllegalArgumentException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
