package no.hdo.dw.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The trial's heap setting reads as {@code -Xmx} does, so the reason a trial died names the heap in MiB. */
class ChildProcessFileTrialTests {

    @Test
    void readsTheHeapAsXmxDoes() {
        assertThat(ChildProcessFileTrial.bytesOf("24m")).isEqualTo(24L * 1024 * 1024);
        assertThat(ChildProcessFileTrial.bytesOf("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(ChildProcessFileTrial.bytesOf("512k")).isEqualTo(512L * 1024);
        assertThat(ChildProcessFileTrial.bytesOf("1048576")).isEqualTo(1_048_576L);
        assertThatThrownBy(() -> ChildProcessFileTrial.bytesOf("lots")).isInstanceOf(NumberFormatException.class);
    }
}
