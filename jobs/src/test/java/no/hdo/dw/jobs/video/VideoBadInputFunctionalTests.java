package no.hdo.dw.jobs.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.nightly.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in the video feeds on real inbox files (sources.md, ground rules), through one whole
 * nightly run: what the operator sees of bad records and rejected files (the run report's counts,
 * quarantine sample and rejected files with their reasons, exit code 3) and that the run still
 * publishes the good records. The cases of each bad record and file, and of files changed or
 * delivered again, are landing's: {@code pipeline}'s {@code VideoBadInputLandingIntegrationTests}
 * run them on the feeds' landing steps alone.
 */
class VideoBadInputFunctionalTests {

    private static final String BLIKSUND_FILE = "bliksund_20260125020000.jsonl";
    private static final String SNLA_FILE = "snla_20260125020000.csv";

    @TempDir
    Path temporary;

    @Test
    void badRecordsAreQuarantinedAndBadFilesRejectedInTheRunReportAndTheRestIsPublished() {
        // given a Bliksund file with a bad record of every kind the contract names between two good ones
        VideoInbox video = new VideoInbox(temporary);
        video.bliksund(
                "20260125020000",
                "{\"callId\":\"b-8800001\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
                "[\"b-8800002\",\"2026-01-20T10:00:00+01:00\"]",
                "{\"start\":\"2026-01-20T10:05:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}",
                "{\"callId\":\"b-8800004\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}",
                "{\"callId\":\"b-8800005\",\"start\":\"2026-01-20T11:00:00+01:00\",\"end\":\"2026-01-20T10:59:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
                "{\"callId\":\"b-8800006\",\"start\":\"2026-01-20T12:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"MISSED\",\"participants\":1}",
                "{\"callId\":\"b-8800007\",\"start\":\"2026-01-21T08:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"REJECTED\",\"participants\":1}",
                "{\"callId\":\"b-8800008\",\"start\":\"2026-01-21T09:00:00+01:00\",");
        // and an SNLA file with too few and too many fields, a bad Starttid and an unknown Status
        video.snla(
                "20260125020000",
                "S-9900001;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført",
                "S-9900002;20.01.2026 10:00:00;;AMK Førde",
                "S-9900003;2026-01-20 11:00:00;;AMK Førde;Ubesvart",
                "S-9900004;20.01.2026 12:00:00;;Legevakt Tromsø;Tapt",
                "S-9900005;20.01.2026 13:00:00;;Legevakt Ålesund;Ubesvart",
                "S-9900006;20.01.2026 14:00:00;;AMK Førde;Ubesvart;ekstra",
                "S-9900007;31.02.2026 15:00:00;;AMK Førde;Ubesvart");

        // and broken ones: an SNLA file with a wrong header, an empty SNLA file, a Bliksund file whose
        // name does not fit the feed's pattern, and an SNLA file whose delivery stamp is no date
        video.deliver(
                "snla",
                "snla_20260126020000.csv",
                "Samtale-ID;Start;Slutt;Sentral;Status\r\nS-2;20.01.2026 10:00:00;;AMK Førde;Ubesvart\r\n"
                        .getBytes(VideoInbox.WINDOWS_1252));
        video.deliver("snla", "snla_20260127020000.csv", new byte[0]);
        video.deliver(
                "bliksund",
                "bliksund_2026-01-27.jsonl",
                ("{\"callId\":\"b-3\",\"start\":\"2026-01-26T09:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}\n")
                        .getBytes(StandardCharsets.UTF_8));
        video.deliver(
                "snla",
                "snla_20260230020000.csv",
                VideoInbox.snlaText("S-4;20.01.2026 11:00:00;;AMK Førde;Ubesvart")
                        .getBytes(VideoInbox.WINDOWS_1252));

        // when
        RunReport report = video.nightly(LocalDate.of(2026, 2, 1));

        // then every bad record is in the quarantine (each record's field, value and reason are checked on the
        // landing steps: VideoBadInputLandingIntegrationTests), and the night publishes with exit 3
        assertThat(report.published()).isTrue();
        // 4 outranks 3: the deliveries are past their freshness at the run date
        assertThat(report.exitCode()).isEqualTo(4);
        assertThat(report.feedsInError()).containsExactly("video/bliksund", "video/snla");
        assertThat(video.quarantine())
                .hasSize(11)
                .filteredOn(row -> row.startsWith("bliksund|" + BLIKSUND_FILE + "|"))
                .hasSize(6);

        // and read = accepted + quarantined for every file, in the registry and the run report
        assertThat(video.landedFiles("bliksund")).containsExactly(BLIKSUND_FILE + "|8|2|6");
        assertThat(video.landedFiles("snla")).containsExactly(SNLA_FILE + "|7|2|5");
        assertThat(
                        video.work(
                                "select count(*) from meta.landed_file where records_read <> records_accepted + records_quarantined"))
                .containsExactly("0");
        assertThat(VideoInbox.videoFeeds(report))
                .extracting(
                        "feed", "filesLanded", "filesRejected", "recordsRead", "recordsAccepted", "recordsQuarantined")
                .containsExactly(tuple("bliksund", 1L, 1L, 8L, 2L, 6L), tuple("snla", 1L, 3L, 7L, 2L, 5L));
        assertThat(report.quarantinedTotal()).isEqualTo(11);
        assertThat(report.quarantineSample())
                .extracting("feed", "fileName", "recordNo", "field")
                .containsExactly(
                        tuple("bliksund", BLIKSUND_FILE, 2L, null),
                        tuple("bliksund", BLIKSUND_FILE, 3L, "callId"),
                        tuple("bliksund", BLIKSUND_FILE, 4L, "start"),
                        tuple("bliksund", BLIKSUND_FILE, 5L, "end"),
                        tuple("bliksund", BLIKSUND_FILE, 6L, "status"),
                        tuple("bliksund", BLIKSUND_FILE, 8L, null),
                        tuple("snla", SNLA_FILE, 3L, null),
                        tuple("snla", SNLA_FILE, 4L, "Starttid"),
                        tuple("snla", SNLA_FILE, 5L, "Status"),
                        tuple("snla", SNLA_FILE, 7L, null),
                        tuple("snla", SNLA_FILE, 8L, "Starttid"));

        // and each rejected file is named with its reason
        assertThat(report.rejectedFiles())
                .extracting("feed", "fileName")
                .containsExactly(
                        tuple("bliksund", "bliksund_2026-01-27.jsonl"),
                        tuple("snla", "snla_20260126020000.csv"),
                        tuple("snla", "snla_20260127020000.csv"),
                        tuple("snla", "snla_20260230020000.csv"));
        assertThat(report.rejectedFiles().get(0).reason())
                .contains("bliksund_2026-01-27.jsonl", "does not fit bliksund_<yyyyMMddHHmmss>.jsonl");
        assertThat(report.rejectedFiles().get(1).reason())
                .contains(
                        "header",
                        "Samtale-ID;Start;Slutt;Sentral;Status",
                        "Samtale-ID;Starttid;Sluttid;Sentral;Status");
        assertThat(report.rejectedFiles().get(2).reason()).contains("empty");
        assertThat(report.rejectedFiles().get(3).reason()).contains("20260230020000", "yyyyMMddHHmmss");
        assertThat(VideoInbox.videoFeeds(report))
                .extracting("feed", "filesSeen", "filesLanded", "filesRejected", "recordsRead")
                .containsExactly(tuple("bliksund", 2L, 1L, 1L, 8L), tuple("snla", 4L, 1L, 3L, 7L));

        // and the good records of both files are published, nothing of the bad ones
        assertThat(video.publishedCalls(
                        "b-8800001",
                        "b-8800002",
                        "b-8800004",
                        "b-8800005",
                        "b-8800006",
                        "b-8800007",
                        "b-8800008",
                        "S-9900001",
                        "S-9900002",
                        "S-9900003",
                        "S-9900004",
                        "S-9900005",
                        "S-9900006",
                        "S-9900007"))
                .containsExactly(
                        "S-9900001|SNLA|AMK Førde|Gjennomført|COMPLETED|true|202601|2026-01-20|240",
                        "S-9900005|SNLA|Legevakt Ålesund|Ubesvart|NOT_ANSWERED|false|202601|2026-01-20|∅",
                        "b-8800001|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-20|360",
                        "b-8800007|Bliksund|AMK Oslo|REJECTED|REJECTED|false|202601|2026-01-21|∅");
    }
}
