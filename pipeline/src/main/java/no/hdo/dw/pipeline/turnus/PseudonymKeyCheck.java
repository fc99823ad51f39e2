package no.hdo.dw.pipeline.turnus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The check value of the pseudonym key kept in the home (sources.md, "Personal data"): the pseudonym
 * of a fixed text, HMAC-SHA-256 under the key, from which the key cannot be found. A run under another
 * key would make every person new, so it is refused before anything lands.
 */
public final class PseudonymKeyCheck {

    /** Not an employee number (those are digits), so no person has this pseudonym. */
    static final String CHECK_TEXT = "hdo-dw pseudonym key check value, version 1";

    private final Path file;

    /** {@code file}: where the home keeps the check value ({@code state/pseudonym-key-check}). */
    public PseudonymKeyCheck(Path file) {
        this.file = file;
    }

    public static String checkValue(PseudonymKey key) {
        return new Pseudonymiser(key).pseudonym(CHECK_TEXT);
    }

    /** The check value the home keeps, if it keeps one. */
    public Optional<String> recorded() {
        try {
            return Files.exists(file)
                    ? Optional.of(
                            Files.readString(file, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pseudonym key check value " + file, e);
        }
    }

    /** Whether the key is the one the home's check value was made with (true when the home keeps none yet). */
    public boolean matches(PseudonymKey key) {
        return recorded()
                .map(value -> MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.US_ASCII),
                        checkValue(key).getBytes(StandardCharsets.US_ASCII)))
                .orElse(true);
    }

    /** Keeps the key's check value (written whole, then renamed). */
    public void record(PseudonymKey key) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temporary, checkValue(key) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pseudonym key check value " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
