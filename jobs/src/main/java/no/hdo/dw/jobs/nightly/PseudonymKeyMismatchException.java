package no.hdo.dw.jobs.nightly;

/** The run was given another pseudonym key than the one the home's turnus data was made with. */
public final class PseudonymKeyMismatchException extends no.hdo.dw.pipeline.turnus.PseudonymKeyException {

    public PseudonymKeyMismatchException(String message) {
        super(message);
    }
}
