package no.hdo.dw.pipeline.turnus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTests {

    @Test
    void thePseudonymIsHmacSha256OfTheEmployeeNumberInLowerCaseHex() {
        // given (expected values from Python: hmac.new(key, b'10234', hashlib.sha256).hexdigest())
        Pseudonymiser pseudonymiser = new Pseudonymiser(PseudonymKey.of("a-key-of-at-least-16-bytes", "test"));

        // then
        assertThat(pseudonymiser.pseudonym("10234"))
                .isEqualTo("bccbb1015242ceb0946ae52429cb47135dc342adbbb6ed8b80f00228da6edb9a");
        assertThat(pseudonymiser.pseudonym(" 10234 "))
                .as("surrounding white space is no part of the number")
                .isEqualTo(pseudonymiser.pseudonym("10234"));
        assertThat(new Pseudonymiser(PseudonymKey.of("another-key-of-16-bytes!", "test")).pseudonym("10234"))
                .isEqualTo("93cb595a97fcf324aafd8387c82d61870f01223f17fedf426b14d5ae4039a12e");
    }

    @Test
    void keysComeFromTheEnvironmentOrAFileAndAreNeverShown(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("key"), "a-key-of-at-least-16-bytes\n");
        PseudonymKey fromFile = PseudonymKey.fromFile(file);
        assertThat(fromFile).isEqualTo(PseudonymKey.of("a-key-of-at-least-16-bytes", "x"));
        assertThat(fromFile.toString()).doesNotContain("a-key").contains(file.toString());
        assertThat(PseudonymKey.fromEnvironment(Map.of("HDO_DW_PSEUDONYM_KEY", "a-key-of-at-least-16-bytes")))
                .contains(fromFile);
        assertThat(PseudonymKey.fromEnvironment(Map.of("HDO_DW_PSEUDONYM_KEY", " ")))
                .isEmpty();
        assertThat(PseudonymKey.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void aShortKeyOrAMissingKeyIsRefused(@TempDir Path folder) {
        assertThatThrownBy(() -> PseudonymKey.of("short", "the test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the pseudonym key from the test is 5 bytes long; it must be at least 16");
        assertThatThrownBy(() -> PseudonymKey.fromFile(folder.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the pseudonym key file");
        assertThatThrownBy(() -> new Pseudonymiser(null).pseudonym("10234"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no pseudonym key was given");
    }
}
