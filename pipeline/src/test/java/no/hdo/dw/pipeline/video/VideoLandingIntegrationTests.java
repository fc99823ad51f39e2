package no.hdo.dw.pipeline.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.feeds.TextFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The video feeds on real, hand-made inbox files, through their landing steps alone on a real home,
 * and the video models built on what landed ({@link VideoInbox}): the calls and the monthly series are
 * checked against sources.md (video/bliksund, video/snla) and definitions.md ("Video calls") in the
 * work warehouse, with the SQL the publication copies. The cases with the trend command are the jobs
 * module's {@code VideoLandingFunctionalTests}, on whole nights.
 */
class VideoLandingIntegrationTests {

    // The Bliksund example of the contract (examples/video/bliksund/bliksund_20260201020000.jsonl).
    private static final String[] BLIKSUND_EXAMPLE = {
        "{\"callId\":\"b-7730012\",\"start\":\"2026-01-31T23:58:10+01:00\",\"end\":\"2026-02-01T00:04:41+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
        "{\"callId\":\"b-7730013\",\"start\":\"2026-02-01T00:12:00+01:00\",\"end\":null,\"centre\":\"AMK Innlandet\",\"status\":\"REJECTED\",\"participants\":1}",
        "{\"callId\":\"b-7730014\",\"start\":\"2026-02-01T01:03:27+01:00\",\"end\":\"2026-02-01T01:11:02+01:00\",\"centre\":\"AMK Vestfold\",\"status\":\"COMPLETED\",\"participants\":3,\"client\":\"ios\"}",
    };

    // The SNLA example of the contract (examples/video/snla/snla_20260201020000.csv), without its header.
    private static final String[] SNLA_EXAMPLE = {
        "S-4410021;31.01.2026 22:14:09;31.01.2026 22:20:51;AMK Førde;Gjennomført",
        "S-4410022;01.02.2026 03:41:00;;Legevakt Tromsø;Ubesvart",
        "S-4410023;01.02.2026 07:02:44;01.02.2026 07:05:10;Legevakt Ålesund;Avbrutt",
    };

    @TempDir
    Path temporary;

    @Test
    void norwegianLettersInSnlaCentreNamesArriveIntact() throws Exception {
        // given an SNLA file whose centre names and status carry ø and Å, written as single Windows-1252 bytes
        VideoInbox video = new VideoInbox(temporary);
        Path file = video.snla(
                "20260201020000",
                "S-1;20.01.2026 10:00:00;20.01.2026 10:05:00;AMK Førde;Gjennomført",
                "S-2;20.01.2026 11:00:00;20.01.2026 11:05:00;Legevakt Tromsø;Gjennomført",
                "S-3;20.01.2026 12:00:00;;Legevakt Ålesund;Ubesvart");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).contains((byte) 0xF8, (byte) 0xC5).doesNotContain((byte) 0xC3);

        // when the landing steps run and the video models are built
        var steps = video.landBoth();
        video.build(LocalDate.of(2026, 2, 1));

        // then the names arrive as they are written, in the call view and in the centre dimension
        assertThat(video.files.fileOutcomes(steps.get(1).runId(), "video", "snla"))
                .containsExactly("LANDED|1");
        assertThat(video.files.quarantine("video")).isEmpty();
        assertThat(video.files.work("select distinct centre_name from bi.bi_video_calls order by 1"))
                .containsExactly("AMK Førde", "Legevakt Tromsø", "Legevakt Ålesund");
        assertThat(video.files.work("select centre_name from marts.dim_video_centre order by 1"))
                .containsExactly("AMK Førde", "Legevakt Tromsø", "Legevakt Ålesund");
        assertThat(video.files.work("select source_status, count(*) from bi.bi_video_calls group by 1 order by 1"))
                .containsExactly("Gjennomført|2", "Ubesvart|1");
    }

    @Test
    void anSnlaFileDeliveredAsUtf8IsRejectedWholeAndTheOtherFeedStillLoads() {
        // given a Bliksund delivery, an SNLA delivery in Windows-1252, and a later SNLA delivery that
        // revises a call and adds one, but is written as UTF-8
        VideoInbox video = new VideoInbox(temporary);
        video.bliksund("20260201020000", BLIKSUND_EXAMPLE);
        video.snla("20260201020000", "S-1;20.01.2026 10:00:00;;Legevakt Tromsø;Ubesvart");
        video.files.deliver(
                "video",
                "snla",
                "snla_20260208020000.csv",
                TextFeed.SNLA
                        .text(
                                "S-1;20.01.2026 10:00:00;20.01.2026 10:09:00;Legevakt Tromsø;Gjennomført",
                                "S-2;07.02.2026 12:00:00;07.02.2026 12:05:00;AMK Førde;Gjennomført")
                        .getBytes(StandardCharsets.UTF_8));

        // when the landing steps run and the video models are built
        var steps = video.landBoth();
        video.build(LocalDate.of(2026, 3, 1));

        // then the UTF-8 file was rejected, and the registry says why
        assertThat(video.files.rejected("video"))
                .singleElement()
                .satisfies(rejected -> assertThat(rejected)
                        .startsWith("snla|snla_20260208020000.csv|")
                        .contains("UTF-8", "Windows-1252"));
        assertThat(video.files.fileOutcomes(steps.get(1).runId(), "video", "snla"))
                .containsExactly("LANDED|1", "REJECTED|1");

        // and nothing of it landed: the earlier SNLA delivery stays in effect
        assertThat(video.files.landedFiles("video", "snla")).containsExactly("snla_20260201020000.csv|1|1|0");
        assertThat(video.files.archived("video")).noneMatch(name -> name.contains("snla_20260208020000"));
        assertThat(video.files.work("select file_name, reason like '%UTF-8%' from meta.rejected_file"))
                .containsExactly("snla_20260208020000.csv|true");
        assertThat(video.files.quarantine("video")).isEmpty();

        // and the Bliksund feed loaded as if nothing had happened
        assertThat(video.files.fileOutcomes(steps.get(0).runId(), "video", "bliksund"))
                .containsExactly("LANDED|1");
        assertThat(video.files.landedFiles("video", "bliksund")).containsExactly("bliksund_20260201020000.jsonl|3|3|0");
        assertThat(video.calls("b-7730012", "b-7730013", "b-7730014", "S-1", "S-2"))
                .containsExactly(
                        "S-1|SNLA|Legevakt Tromsø|Ubesvart|NOT_ANSWERED|false|202601|2026-01-20|∅",
                        "b-7730012|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-31|391",
                        "b-7730013|Bliksund|AMK Innlandet|REJECTED|REJECTED|false|202602|2026-02-01|∅",
                        "b-7730014|Bliksund|AMK Vestfold|COMPLETED|COMPLETED|true|202602|2026-02-01|455");
    }

    @Test
    void aCallInOverlappingDeliveriesCountsOnceAsTheNewestDeliverySaysIt() {
        // given overlapping deliveries of both platforms in which some calls come twice, the later
        // delivery changing their status: to completed (b-1, S-1) and away from completed (b-4, S-2)
        VideoInbox video = new VideoInbox(temporary);
        String call =
                "{\"callId\":\"%s\",\"start\":\"%s\",\"end\":%s,\"centre\":\"AMK Oslo\",\"status\":\"%s\",\"participants\":2}";
        video.bliksund(
                "20260110020000",
                call.formatted("b-1", "2026-01-08T10:00:00+01:00", "null", "FAILED"),
                call.formatted("b-2", "2026-01-08T11:00:00+01:00", "\"2026-01-08T11:05:00+01:00\"", "COMPLETED"),
                call.formatted("b-4", "2026-01-09T09:00:00+01:00", "\"2026-01-09T09:10:00+01:00\"", "COMPLETED"));
        video.bliksund(
                "20260112020000",
                call.formatted("b-1", "2026-01-08T10:00:00+01:00", "\"2026-01-08T10:07:00+01:00\"", "COMPLETED"),
                call.formatted("b-4", "2026-01-09T09:00:00+01:00", "null", "REJECTED"),
                call.formatted("b-5", "2026-01-11T12:00:00+01:00", "\"2026-01-11T12:03:00+01:00\"", "COMPLETED"));
        video.snla(
                "20260110020000",
                "S-1;08.01.2026 10:00:00;;AMK Førde;Ubesvart",
                "S-2;08.01.2026 11:00:00;08.01.2026 11:30:00;AMK Førde;Gjennomført");
        video.snla(
                "20260112020000",
                "S-1;08.01.2026 10:00:00;08.01.2026 10:20:00;AMK Førde;Gjennomført",
                "S-2;08.01.2026 11:00:00;08.01.2026 11:01:00;AMK Førde;Avbrutt");

        // when the landing steps run and the video models are built
        video.landBoth();
        video.build(LocalDate.of(2026, 2, 1));

        // then every record was landed, but each call is in the fact once, from its newest delivery
        assertThat(video.files.quarantine("video")).isEmpty();
        assertThat(video.files.work(
                        "select feed, sum(records_accepted) from meta.landed_file group by feed order by feed"))
                .containsExactly("bliksund|6", "snla|4");
        assertThat(video.files.work(
                        "select video_call_id, source_status, source_file from marts.fct_video_call order by 1"))
                .containsExactly(
                        "S-1|Gjennomført|snla_20260112020000.csv",
                        "S-2|Avbrutt|snla_20260112020000.csv",
                        "b-1|COMPLETED|bliksund_20260112020000.jsonl",
                        "b-2|COMPLETED|bliksund_20260110020000.jsonl",
                        "b-4|REJECTED|bliksund_20260112020000.jsonl",
                        "b-5|COMPLETED|bliksund_20260112020000.jsonl");
        assertThat(video.calls("b-1", "b-2", "b-4", "b-5", "S-1", "S-2"))
                .containsExactly(
                        "S-1|SNLA|AMK Førde|Gjennomført|COMPLETED|true|202601|2026-01-08|1200",
                        "S-2|SNLA|AMK Førde|Avbrutt|BROKEN_OFF|false|202601|2026-01-08|60",
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-08|420",
                        "b-2|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-08|300",
                        "b-4|Bliksund|AMK Oslo|REJECTED|REJECTED|false|202601|2026-01-09|∅",
                        "b-5|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-11|180");
        assertThat(video.monthly()).containsExactly("2026-01|3|1|4|4|2");
    }

    @Test
    void theNewestDeliveryWinsEvenWhenAnOlderOneIsLandedInALaterRun() {
        // given a night on which the newer deliveries arrive and are landed
        VideoInbox video = new VideoInbox(temporary);
        video.bliksund(
                "20260112020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-08T10:00:00+01:00\",\"end\":\"2026-01-08T10:07:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        video.snla("20260112020000", "S-1;08.01.2026 10:00:00;08.01.2026 10:20:00;AMK Førde;Gjennomført");
        var first = video.landBoth();
        video.build(LocalDate.of(2026, 2, 1));
        assertThat(video.files.work("select outcome, count(*) from meta.file_event group by 1"))
                .containsExactly("LANDED|2");

        // and older deliveries of the same calls (saying otherwise, and bringing one call more) arriving late
        video.bliksund(
                "20260110020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-08T10:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}",
                "{\"callId\":\"b-9\",\"start\":\"2026-01-07T10:00:00+01:00\",\"end\":\"2026-01-07T10:01:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        video.snla("20260110020000", "S-1;08.01.2026 10:00:00;;AMK Førde;Ubesvart");

        // when the next night lands them
        var second = video.landBoth();
        video.build(LocalDate.of(2026, 2, 2));

        // then the late files are landed and the files of the first night are skipped as known
        assertThat(second.get(0).runId()).isGreaterThan(first.get(1).runId());
        assertThat(video.files.fileOutcomes(second.get(0).runId(), "video", "bliksund"))
                .containsExactly("LANDED|1", "SKIPPED|1");
        assertThat(video.files.fileOutcomes(second.get(1).runId(), "video", "snla"))
                .containsExactly("LANDED|1", "SKIPPED|1");
        assertThat(video.files.rejected("video")).isEmpty();

        // and the newest delivery still says what the calls are, the older adding only its new call
        assertThat(video.files.work(
                        "select video_call_id, source_status, source_file from marts.fct_video_call order by 1"))
                .containsExactly(
                        "S-1|Gjennomført|snla_20260112020000.csv",
                        "b-1|COMPLETED|bliksund_20260112020000.jsonl",
                        "b-9|COMPLETED|bliksund_20260110020000.jsonl");
        // (run on 2 February: February, after both platforms' newest delivery stamps, is unknown, so it has no row)
        assertThat(video.monthly()).containsExactly("2026-01|2|1|3|2|1");
    }
}
