package no.hdo.dw.pipeline.turnus;

/** The pseudonym key given is unusable (too short, an unreadable file) or missing where personal data is to land. */
public class PseudonymKeyException extends IllegalArgumentException {

    public PseudonymKeyException(String message) {
        super(message);
    }
}
