package no.hdo.dw.jobs.nightly;

/** The inbox holds personal data (turnus files) and the run was given no key to pseudonymise it. */
public final class MissingPseudonymKeyException extends no.hdo.dw.pipeline.turnus.PseudonymKeyException {

    public MissingPseudonymKeyException(String message) {
        super(message);
    }
}
