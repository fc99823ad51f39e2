package no.hdo.dw.pipeline.turnus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The secret key under which {@code employee_no} becomes a pseudonym (sources.md, "Personal data").
 * It comes from the operator, through {@code HDO_DW_PSEUDONYM_KEY} or a key file, and lives only
 * in memory: it is never a job parameter, never logged, and {@link #toString()} does not show it.
 */
public final class PseudonymKey {

    public static final String ENVIRONMENT_VARIABLE = "HDO_DW_PSEUDONYM_KEY";
    /** Shorter keys are refused: a short key can be found by trying keys against known pseudonyms. */
    public static final int MINIMUM_LENGTH = 16;
    /** The demo's own key, published here on purpose: it protects nothing but demo data. */
    public static final String DEMO_KEY_TEXT = "hdo-dw-demo-key--not-for-real-personal-data";

    /*
     * Where a run finds its key: the run carries one of these (a job parameter), never the key, so
     * that the job repository holds where the key was and not what it is.
     */
    /** The key is in {@code HDO_DW_PSEUDONYM_KEY}, read when the turnus landing needs it (no key if unset). */
    public static final String ENVIRONMENT_SOURCE = "env:" + ENVIRONMENT_VARIABLE;
    /** The demo's published key ({@link #demo()}). */
    public static final String DEMO_SOURCE = "demo";
    /** No key: a run with turnus files refuses to start. */
    public static final String NO_SOURCE = "none";

    private static final String FILE_SOURCE_PREFIX = "file:";

    private final byte[] bytes;
    private final String origin;

    private PseudonymKey(byte[] bytes, String origin) {
        if (bytes.length < MINIMUM_LENGTH) {
            throw new PseudonymKeyException("the pseudonym key from " + origin + " is " + bytes.length
                    + " bytes long; it must be at least " + MINIMUM_LENGTH);
        }
        this.bytes = bytes;
        this.origin = origin;
    }

    /** A key given as text (its UTF-8 bytes). */
    public static PseudonymKey of(String text, String origin) {
        return new PseudonymKey(text.strip().getBytes(StandardCharsets.UTF_8), origin);
    }

    /** The key in a file: its text, without surrounding white space (a trailing newline is usual). */
    public static PseudonymKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8), "the key file " + file);
        } catch (IOException e) {
            throw new PseudonymKeyException(
                    "cannot read the pseudonym key file " + file + ": " + no.hdo.dw.warehouse.Errors.ioReason(e));
        }
    }

    /** The key in {@code HDO_DW_PSEUDONYM_KEY}, if that is set and not blank. */
    public static Optional<PseudonymKey> fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value, ENVIRONMENT_VARIABLE));
    }

    /** The fixed key of {@code hdo-dw demo}. Its pseudonyms are as good as public: never use it for real data. */
    public static PseudonymKey demo() {
        return of(DEMO_KEY_TEXT, "the demo");
    }

    /** The source of the key in {@code file}: its absolute path. */
    public static String fileSource(Path file) {
        return FILE_SOURCE_PREFIX + file.toAbsolutePath();
    }

    /**
     * The key a source names ({@link #ENVIRONMENT_SOURCE}, {@link #fileSource}, {@link #DEMO_SOURCE},
     * {@link #NO_SOURCE} or null), or none.
     */
    public static Optional<PseudonymKey> fromSource(String source, Map<String, String> environment) {
        if (source == null || source.equals(NO_SOURCE)) {
            return Optional.empty();
        }
        if (source.equals(ENVIRONMENT_SOURCE)) {
            return fromEnvironment(environment);
        }
        if (source.equals(DEMO_SOURCE)) {
            return Optional.of(demo());
        }
        if (source.startsWith(FILE_SOURCE_PREFIX)) {
            return Optional.of(fromFile(Path.of(source.substring(FILE_SOURCE_PREFIX.length()))));
        }
        throw new PseudonymKeyException("unknown pseudonym key source '" + source + "'");
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** Where the key came from (for messages), never the key. */
    public String origin() {
        return origin;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PseudonymKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PseudonymKey[from " + origin + "]";
    }
}
