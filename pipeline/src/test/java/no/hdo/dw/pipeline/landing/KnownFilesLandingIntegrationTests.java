package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.video.BliksundFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known files are not read again (issue 13, item 3): a night hashes a file only when it is new or
 * its size or modification time changed since it was last hashed ({@code meta.file_fingerprint}).
 */
class KnownFilesLandingIntegrationTests {

    private static final String FILE = "bliksund_20260125020000.jsonl";
    private static final String CALL =
            "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}\n";

    @TempDir
    Path temporary;

    @Test
    void aKnownFileIsHashedAgainOnlyWhenItsSizeOrTimeChanged() throws Exception {
        // given a Bliksund delivery landed on one night
        Inbox video = new Inbox(temporary);
        Path file = video.deliver("video", "bliksund", FILE, CALL.getBytes(StandardCharsets.UTF_8));
        FileTime delivered = FileTime.from(Instant.parse("2026-01-25T01:00:00Z"));
        Files.setLastModifiedTime(file, delivered);
        video.land(BliksundFeed.ID);
        String landedSha256 = NewFilesPartitioner.sha256(file);
        assertThat(video.work("select file_name, size_bytes, sha256 from meta.file_fingerprint"))
                .containsExactly(FILE + "|" + CALL.length() + "|" + landedSha256);

        // when its bytes are changed in place with the same size and the same time, which only a hash would see
        Files.writeString(file, CALL.replace("b-1", "b-9"));
        Files.setLastModifiedTime(file, delivered);
        long unread = video.land(BliksundFeed.ID).runId();

        // then the night takes the fingerprint for the content, without reading the file
        assertThat(video.work("select outcome, sha256 from meta.file_event where run_id = " + unread))
                .containsExactly("SKIPPED|" + landedSha256);

        // when its time changes as well, as any write in place does
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-26T01:00:00Z")));
        long read = video.land(BliksundFeed.ID).runId();

        // then it is hashed again, and the change is seen: rejected, the first delivery stays in effect
        String changedSha256 = NewFilesPartitioner.sha256(file);
        assertThat(video.work("select outcome, sha256 from meta.file_event where run_id = " + read))
                .containsExactly("REJECTED|" + changedSha256);
        assertThat(video.work("select sha256 from meta.file_fingerprint")).containsExactly(changedSha256);
        assertThat(video.landed("video", "bliksund", "call_id", "call_id")).containsExactly("b-1");
    }
}
