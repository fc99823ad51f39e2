package no.hdo.dw.jobs.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import no.hdo.dw.jobs.nightly.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The video feeds end to end on real, hand-made inbox files: the nightly job lands them, builds
 * the star schema and publishes; what the published warehouse and the trend then say is checked
 * against sources.md (video/bliksund, video/snla) and definitions.md ("Video calls"). The cases
 * without the trend (centre names, a rejected encoding, overlapping and late deliveries) are
 * {@code pipeline}'s {@code VideoLandingIntegrationTests}, on the landing steps and the video models.
 */
class VideoLandingFunctionalTests {

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
    void bliksundCallsOfTwoMonthsArePublishedAndTrendedByTheirOsloMonth() {
        // given two Bliksund deliveries: two January calls, and the contract's example (a January call
        // ending in February, a rejected and a completed February call with an unknown extra field)
        VideoInbox video = new VideoInbox(temporary);
        video.bliksund(
                "20260105020000",
                "{\"callId\":\"b-7730001\",\"start\":\"2026-01-03T08:12:55+01:00\",\"end\":\"2026-01-03T08:19:02+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
                "{\"callId\":\"b-7730002\",\"start\":\"2026-01-04T14:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}");
        video.bliksund("20260201020000", BLIKSUND_EXAMPLE);

        // when the nightly job runs on 1 April 2026 (reporting month March)
        RunReport report = video.nightly(LocalDate.of(2026, 4, 1));

        // then everything landed and was published
        // 4, not 0: on 1 April the newest Bliksund delivery (1 February) is past its freshness
        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.feedsInError()).containsExactly("video/bliksund");
        assertThat(report.published()).isTrue();
        assertThat(report.rejectedFiles()).isEmpty();
        assertThat(VideoInbox.feed(report, "bliksund"))
                .extracting(
                        "filesSeen",
                        "filesLanded",
                        "filesRejected",
                        "recordsRead",
                        "recordsAccepted",
                        "recordsQuarantined")
                .containsExactly(2L, 2L, 0L, 5L, 5L, 0L);
        assertThat(VideoInbox.feed(report, "snla").filesSeen()).isZero();
        assertThat(video.landedFiles("bliksund"))
                .containsExactly("bliksund_20260105020000.jsonl|2|2|0", "bliksund_20260201020000.jsonl|3|3|0");

        // and every call is published once, in the Oslo month of its start, with its real duration
        assertThat(video.publishedCalls("b-7730001", "b-7730002", "b-7730012", "b-7730013", "b-7730014"))
                .containsExactly(
                        "b-7730001|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-03|367",
                        "b-7730002|Bliksund|AMK Oslo|FAILED|FAILED|false|202601|2026-01-04|∅",
                        "b-7730012|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-31|391",
                        "b-7730013|Bliksund|AMK Innlandet|REJECTED|REJECTED|false|202602|2026-02-01|∅",
                        "b-7730014|Bliksund|AMK Vestfold|COMPLETED|COMPLETED|true|202602|2026-02-01|455");

        // and the monthly series counts completed calls (and all calls) for the months Bliksund covers, from its
        // first delivery to its newest delivery stamp; SNLA, never delivered, is unknown, and so is the total
        // (definitions.md, "Known months"): month|bliksund|snla|total completed|bliksund all|snla all
        assertThat(video.publishedMonthly()).containsExactly("2026-01|2|∅|∅|3|∅", "2026-02|1|∅|∅|2|∅");

        // and the trend has exactly the months asked for, unknown outside Bliksund's deliveries (March, after
        // its newest, too) and for SNLA throughout
        assertThat(video.trend(YearMonth.of(2026, 3), 5))
                .containsExactly(
                        "2025-11,null,null,null",
                        "2025-12,null,null,null",
                        "2026-01,2,null,null",
                        "2026-02,1,null,null",
                        "2026-03,null,null,null");
    }

    @Test
    void snlaCallsArePublishedFromWindows1252FilesWithCrlf() {
        // given two SNLA deliveries as the platform writes them: Windows-1252, CRLF, the contract's example last
        VideoInbox video = new VideoInbox(temporary);
        video.snla(
                "20260125020000",
                "S-4410001;24.01.2026 09:00:00;24.01.2026 09:12:30;AMK Bergen;Gjennomført",
                "S-4410002;24.01.2026 10:00:00;;AMK Bergen;Ubesvart");
        video.snla("20260201020000", SNLA_EXAMPLE);

        // when the nightly job runs on 1 March 2026 (reporting month February)
        RunReport report = video.nightly(LocalDate.of(2026, 3, 1));

        // then everything landed and was published; record numbers are line numbers, the header being line 1
        // 4, not 0: on 1 March the newest SNLA delivery (1 February) is past its freshness
        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.feedsInError()).containsExactly("video/snla");
        assertThat(VideoInbox.feed(report, "snla"))
                .extracting(
                        "filesSeen",
                        "filesLanded",
                        "filesRejected",
                        "recordsRead",
                        "recordsAccepted",
                        "recordsQuarantined")
                .containsExactly(2L, 2L, 0L, 5L, 5L, 0L);
        assertThat(video.landedFiles("snla"))
                .containsExactly("snla_20260125020000.csv|2|2|0", "snla_20260201020000.csv|3|3|0");
        assertThat(video.work("select call_id, record_no from raw.video__snla order by call_id"))
                .containsExactly("S-4410001|2", "S-4410002|3", "S-4410021|2", "S-4410022|3", "S-4410023|4");

        // and the calls carry SNLA's status and the warehouse's, by the Oslo month of the local start time
        assertThat(video.publishedCalls("S-4410001", "S-4410002", "S-4410021", "S-4410022", "S-4410023"))
                .containsExactly(
                        "S-4410001|SNLA|AMK Bergen|Gjennomført|COMPLETED|true|202601|2026-01-24|750",
                        "S-4410002|SNLA|AMK Bergen|Ubesvart|NOT_ANSWERED|false|202601|2026-01-24|∅",
                        "S-4410021|SNLA|AMK Førde|Gjennomført|COMPLETED|true|202601|2026-01-31|402",
                        "S-4410022|SNLA|Legevakt Tromsø|Ubesvart|NOT_ANSWERED|false|202602|2026-02-01|∅",
                        "S-4410023|SNLA|Legevakt Ålesund|Avbrutt|BROKEN_OFF|false|202602|2026-02-01|146");
        // Bliksund never delivered: unknown, and so the total
        assertThat(video.publishedMonthly()).containsExactly("2026-01|∅|2|∅|∅|3", "2026-02|∅|0|∅|∅|2");
        assertThat(video.trend(YearMonth.of(2026, 2), 3))
                .containsExactly("2025-12,null,null,null", "2026-01,null,2,null", "2026-02,null,0,null");
    }

    @Test
    void aDaylightSavingNightIsReadAsOsloTime() {
        // given SNLA local times around both changes of 2025: a call started in the doubled autumn hour
        // (26.10.2025 02:30 happens twice), one ending in it, one starting in the spring gap (30.03.2025
        // 02:30 never happened), one across the gap and one just after it
        VideoInbox video = new VideoInbox(temporary);
        video.snla(
                "20250331020000",
                "S-5400001;30.03.2025 02:30:00;;AMK Førde;Ubesvart",
                "S-5400002;30.03.2025 03:30:00;30.03.2025 03:45:00;AMK Førde;Gjennomført",
                "S-5400003;30.03.2025 01:50:00;30.03.2025 03:10:00;AMK Førde;Gjennomført");
        video.snla(
                "20251027020000",
                "S-5500001;26.10.2025 02:30:00;26.10.2025 02:40:00;AMK Førde;Gjennomført",
                "S-5500002;26.10.2025 01:50:00;26.10.2025 02:10:00;AMK Førde;Gjennomført");
        // and Bliksund calls near month ends, in UTC and with offsets, on both sides of the changes
        String call =
                "{\"callId\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}";
        video.bliksund(
                "20260201020000",
                call.formatted("b-1", "2026-01-31T23:30:00+01:00", "2026-01-31T23:40:00+01:00"),
                call.formatted("b-2", "2025-03-31T23:30:00Z", "2025-03-31T23:45:00Z"),
                call.formatted("b-3", "2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z"),
                call.formatted("b-4", "2025-10-31T23:30:00Z", "2025-10-31T23:35:00Z"),
                call.formatted("b-5", "2026-01-31T23:30:00Z", "2026-01-31T23:31:00Z"));

        // when
        RunReport report = video.nightly(LocalDate.of(2026, 3, 1));

        // then the time in the spring gap is quarantined with its field and reason
        // 4 outranks 3: the SNLA deliveries are past their freshness at the run date
        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.feedsInError()).contains("video/snla");
        assertThat(video.quarantine())
                .containsExactly(
                        "snla|snla_20250331020000.csv|2|Starttid|30.03.2025 02:30:00|Starttid does not exist in Europe/Oslo (the spring-forward hour)");

        // and the doubled autumn hour is read as its first occurrence (summer time), durations are real elapsed time
        assertThat(video.work("""
                select video_call_id, strftime(timezone('UTC', start_at), '%Y-%m-%dT%H:%M:%SZ'), cast(duration_seconds as bigint), month_key
                  from marts.fct_video_call where platform = 'snla' order by 1"""))
                .containsExactly(
                        "S-5400002|2025-03-30T01:30:00Z|900|202503",
                        "S-5400003|2025-03-30T00:50:00Z|1200|202503",
                        "S-5500001|2025-10-26T00:30:00Z|600|202510",
                        "S-5500002|2025-10-25T23:50:00Z|1200|202510");

        // and each Bliksund call counts in the Oslo month of its start
        assertThat(video.publishedCalls("b-1", "b-2", "b-3", "b-4", "b-5").stream()
                        .filter(row -> row.startsWith("b-")))
                .containsExactly(
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-31|600",
                        "b-2|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202504|2025-04-01|900",
                        "b-3|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202503|2025-03-30|3600",
                        "b-4|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202511|2025-11-01|300",
                        "b-5|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202602|2026-02-01|60");
        assertThat(video.trend(YearMonth.of(2026, 2), 12))
                .containsExactly(
                        "2025-03,1,2,3",
                        "2025-04,1,0,1",
                        "2025-05,0,0,0",
                        "2025-06,0,0,0",
                        "2025-07,0,0,0",
                        "2025-08,0,0,0",
                        "2025-09,0,0,0",
                        "2025-10,0,2,2",
                        // SNLA's newest delivery is of October: after it, SNLA and the total are unknown
                        "2025-11,1,null,null",
                        "2025-12,0,null,null",
                        "2026-01,1,null,null",
                        "2026-02,1,null,null");
    }
}
