package no.hdo.dw.pipeline.landing;

/** A delivered file that cannot be read as a whole: nothing of it is landed. */
public class RejectedFileException extends Exception {

    public RejectedFileException(String reason) {
        super(reason);
    }
}
