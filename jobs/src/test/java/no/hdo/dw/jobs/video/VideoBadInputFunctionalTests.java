package no.hdo.dw.jobs.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in the video feeds on real inbox files (sources.md, ground rules): a bad record is
 * quarantined with its file, line, field and reason while the rest of its file loads; a file that
 * cannot be read as a whole is rejected whole; a delivered file must never change; the same
 * content is never landed twice.
 */
class VideoBadInputFunctionalTests {

    private static final String BLIKSUND_FILE = "bliksund_20260125020000.jsonl";
    private static final String SNLA_FILE = "snla_20260125020000.csv";

    @TempDir
    Path temporary;

    @Test
    void badRecordsOfBothFeedsAreQuarantinedWithFileLineFieldAndReasonAndTheRestLoads() {
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

        // when
        RunReport report = video.nightly(LocalDate.of(2026, 2, 1));

        // then every bad record is in the quarantine with its file, line number, field, value and reason
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        List<String> quarantine = video.quarantine();
        assertThat(quarantine).hasSize(11);
        assertThat(quarantine.subList(0, 5))
                .containsExactly(
                        "bliksund|" + BLIKSUND_FILE
                                + "|2|∅|[\"b-8800002\",\"2026-01-20T10:00:00+01:00\"]|the line is not a JSON object",
                        "bliksund|" + BLIKSUND_FILE + "|3|callId|∅|callId is missing",
                        "bliksund|" + BLIKSUND_FILE + "|4|start|∅|start is missing",
                        "bliksund|" + BLIKSUND_FILE
                                + "|5|end|2026-01-20T10:59:00+01:00|end is before start (2026-01-20T11:00:00+01:00)",
                        "bliksund|" + BLIKSUND_FILE
                                + "|6|status|MISSED|unknown status; expected one of COMPLETED, FAILED, REJECTED");
        // (the wording of a JSON syntax error is the parser's)
        assertThat(quarantine.get(5))
                .startsWith(
                        "bliksund|" + BLIKSUND_FILE
                                + "|8|∅|{\"callId\":\"b-8800008\",\"start\":\"2026-01-21T09:00:00+01:00\",|the line is not valid JSON: ");
        assertThat(quarantine.subList(6, 11))
                .containsExactly(
                        "snla|" + SNLA_FILE
                                + "|3|∅|S-9900002;20.01.2026 10:00:00;;AMK Førde|expected 5 fields separated by ';', found 4",
                        "snla|" + SNLA_FILE
                                + "|4|Starttid|2026-01-20 11:00:00|Starttid is not a time dd.MM.yyyy HH:mm:ss",
                        "snla|" + SNLA_FILE
                                + "|5|Status|Tapt|unknown Status; expected one of Gjennomført, Avbrutt, Ubesvart",
                        "snla|" + SNLA_FILE
                                + "|7|∅|S-9900006;20.01.2026 14:00:00;;AMK Førde;Ubesvart;ekstra|expected 5 fields separated by ';', found 6",
                        "snla|" + SNLA_FILE
                                + "|8|Starttid|31.02.2026 15:00:00|Starttid is not a time dd.MM.yyyy HH:mm:ss");

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
                .containsExactly(tuple("bliksund", 1L, 0L, 8L, 2L, 6L), tuple("snla", 1L, 0L, 7L, 2L, 5L));
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

    @Test
    void aFileThatCannotBeReadAsAWholeIsRejectedWholeAndNamedInTheRunReport() {
        // given a good delivery of each feed
        VideoInbox video = new VideoInbox(temporary);
        video.bliksund(
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        video.snla("20260125020000", "S-1;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført");
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

        // then the run publishes what it could, and names each rejected file with its reason
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
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
                .containsExactly(tuple("bliksund", 2L, 1L, 1L, 1L), tuple("snla", 4L, 1L, 3L, 1L));
        assertThat(video.work("select feed, file_name from meta.rejected_file order by 1, 2"))
                .containsExactly(
                        "bliksund|bliksund_2026-01-27.jsonl",
                        "snla|snla_20260126020000.csv",
                        "snla|snla_20260127020000.csv",
                        "snla|snla_20260230020000.csv");

        // and nothing of them landed: not in the registry, the archive, the quarantine or the publication
        assertThat(video.work("select file_name from meta.landed_file order by 1"))
                .containsExactly(BLIKSUND_FILE, SNLA_FILE);
        assertThat(video.archivedFiles()).containsExactly(BLIKSUND_FILE + ".parquet", SNLA_FILE + ".parquet");
        assertThat(video.quarantine()).isEmpty();
        assertThat(video.publishedCalls("b-1", "b-3", "S-1", "S-2", "S-4"))
                .containsExactly(
                        "S-1|SNLA|AMK Førde|Gjennomført|COMPLETED|true|202601|2026-01-20|240",
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-20|360");
    }

    @Test
    void aFileNameLandedBeforeWithOtherContentIsRejectedAndTheEarlierDeliveryStaysInEffect() throws Exception {
        // given a Bliksund delivery landed on one night
        VideoInbox video = new VideoInbox(temporary);
        Path file = video.bliksund(
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
                "{\"callId\":\"b-2\",\"start\":\"2026-01-20T10:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}");
        String landedSha256 = NewFilesPartitioner.sha256(file);
        RunReport first = video.nightly(LocalDate.of(2026, 2, 1));
        assertThat(first.exitCode()).isZero();

        // and the sender changing that file in place, instead of sending a correction with a later stamp
        video.bliksund(
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}",
                "{\"callId\":\"b-3\",\"start\":\"2026-01-21T10:00:00+01:00\",\"end\":\"2026-01-21T10:02:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        String changedSha256 = NewFilesPartitioner.sha256(file);

        // when the next night sees it
        RunReport report = video.nightly(LocalDate.of(2026, 2, 2));

        // then it is rejected with a reason saying so
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.rejectedFiles()).singleElement().satisfies(rejected -> {
            assertThat(rejected.fileName()).isEqualTo(BLIKSUND_FILE);
            assertThat(rejected.reason()).contains("was landed before with other content");
        });
        assertThat(video.work("select file_name, sha256 from meta.rejected_file"))
                .containsExactly(BLIKSUND_FILE + "|" + changedSha256);

        // and the delivery landed first stays in effect, in the registry and the publication
        assertThat(video.work(
                        "select file_name, sha256, records_read, run_id = " + first.runId() + " from meta.landed_file"))
                .containsExactly(BLIKSUND_FILE + "|" + landedSha256 + "|2|true");
        assertThat(video.publishedCalls("b-1", "b-2", "b-3"))
                .containsExactly(
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-20|360",
                        "b-2|Bliksund|AMK Oslo|FAILED|FAILED|false|202601|2026-01-20|∅");
    }

    @Test
    void theSameContentUnderAnotherNameIsAnotherDeliveryAndLands() throws Exception {
        // given an SNLA delivery landed on one night
        VideoInbox video = new VideoInbox(temporary);
        Path original = video.snla(
                "20260125020000",
                "S-1;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført",
                "S-2;20.01.2026 10:00:00;;Legevakt Tromsø;Ubesvart");
        assertThat(video.nightly(LocalDate.of(2026, 2, 1)).exitCode()).isZero();

        // and the same bytes delivered again under a later stamp, next to the original
        video.deliver("snla", "snla_20260126020000.csv", Files.readAllBytes(original));

        // when
        RunReport report = video.nightly(LocalDate.of(2026, 2, 2));

        // then the copy is a delivery of its own (a delivery is a file name) and lands; the original is known by its
        // name
        assertThat(report.exitCode()).isZero();
        assertThat(report.rejectedFiles()).isEmpty();
        assertThat(VideoInbox.feed(report, "snla"))
                .extracting("filesSeen", "filesLanded", "filesSkippedKnown", "filesRejected", "recordsRead")
                .containsExactly(2L, 1L, 1L, 0L, 2L);
        assertThat(video.work("select file_name, outcome, reason from meta.file_event where run_id = " + report.runId()
                        + " order by file_name"))
                .containsExactly("snla_20260125020000.csv|SKIPPED|landed before", "snla_20260126020000.csv|LANDED|∅");
        assertThat(video.landedFiles("snla")).containsExactly(SNLA_FILE + "|2|2|0", "snla_20260126020000.csv|2|2|0");
        assertThat(video.archivedFiles()).containsExactly(SNLA_FILE + ".parquet", "snla_20260126020000.csv.parquet");
        // and the calls are counted once: the newer delivery of a call wins, as for any overlapping files
        assertThat(video.published("select count(*) from bi.bi_video_calls")).containsExactly("2");
    }
}
