package no.hdo.dw.pipeline.turnus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an {@code employee_no} into its pseudonym: HMAC-SHA-256 under the run's key, as 64 lower-case
 * hex digits. The same number under the same key always gives the same pseudonym; without the key
 * the number cannot be found from it (not even by trying every possible number).
 * <p>Not final: the nightly job's pseudonymiser is step-scoped (its key source is a job parameter),
 * and Spring's scoped proxy subclasses it.
 */
public class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    // Mac is not thread-safe; one per thread, made once.
    private final ThreadLocal<Mac> macs;

    /** {@code key} may be null for a run without personal data: pseudonymising then fails. */
    public Pseudonymiser(PseudonymKey key) {
        this.key = key == null ? null : new SecretKeySpec(key.bytes(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public boolean hasKey() {
        return key != null;
    }

    /** The pseudonym of an employee number, surrounding white space ignored. */
    public String pseudonym(String employeeNo) {
        if (key == null) {
            throw new IllegalStateException("no pseudonym key was given: set " + PseudonymKey.ENVIRONMENT_VARIABLE
                    + " or use --pseudonym-key-file");
        }
        byte[] digest = macs.get().doFinal(employeeNo.strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }
}
