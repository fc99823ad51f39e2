package no.hdo.dw.pipeline.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.hdo.dw.feeds.TextFeed;
import no.hdo.dw.pipeline.landing.NewFilesPartitioner;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * Bad input in the video feeds on real inbox files (sources.md, ground rules), through the feeds'
 * landing steps alone on a real home: a bad record is quarantined with its file, line, field and
 * reason while the rest of its file lands; a file that cannot be read as a whole is rejected whole; a
 * delivered file must never change; the same content is never landed twice. What landed is read from
 * the registry and the landed Parquet (what {@code raw.video__*} reads); a quarantined record or a
 * rejected file is what makes a nightly run exit 3, which the jobs module's
 * {@code VideoBadInputFunctionalTests} checks on one whole night.
 */
class VideoBadInputLandingIntegrationTests {

    private static final String BLIKSUND_FILE = "bliksund_20260125020000.jsonl";
    private static final String SNLA_FILE = "snla_20260125020000.csv";

    @TempDir
    Path temporary;

    private static Path bliksund(Inbox video, String stamp, String... lines) {
        return TextFeed.BLIKSUND.deliver(video.inbox, TextFeed.BLIKSUND.fileName(stamp), lines);
    }

    private static Path snla(Inbox video, String stamp, String... rows) {
        return TextFeed.SNLA.deliver(video.inbox, TextFeed.SNLA.fileName(stamp), rows);
    }

    /** Both video feeds' landing steps, as one night runs them: Bliksund, then SNLA (one run id each). */
    private static List<LandingStepRun.Ended> landBoth(Inbox video) {
        return List.of(video.land(BliksundFeed.ID), video.land(SnlaFeed.ID));
    }

    /** The video models built on what landed (the night of 1 February 2026), then the calls of {@code bi.bi_video_calls}. */
    private static List<String> builtCalls(Inbox video, String... ids) {
        VideoInbox built = new VideoInbox(video.home.root().getParent());
        built.build(LocalDate.of(2026, 2, 1));
        return built.calls(ids);
    }

    @Test
    void badRecordsOfBothFeedsAreQuarantinedWithFileLineFieldAndReasonAndTheRestLands() {
        // given a Bliksund file with a bad record of every kind the contract names between two good ones
        Inbox video = new Inbox(temporary);
        bliksund(
                video,
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
        snla(
                video,
                "20260125020000",
                "S-9900001;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført",
                "S-9900002;20.01.2026 10:00:00;;AMK Førde",
                "S-9900003;2026-01-20 11:00:00;;AMK Førde;Ubesvart",
                "S-9900004;20.01.2026 12:00:00;;Legevakt Tromsø;Tapt",
                "S-9900005;20.01.2026 13:00:00;;Legevakt Ålesund;Ubesvart",
                "S-9900006;20.01.2026 14:00:00;;AMK Førde;Ubesvart;ekstra",
                "S-9900007;31.02.2026 15:00:00;;AMK Førde;Ubesvart");

        // when both landing steps run
        List<LandingStepRun.Ended> steps = landBoth(video);

        // then both files land, and every bad record is in the quarantine with its file, line number, field, value
        // and reason
        assertThat(steps).extracting(LandingStepRun.Ended::status).containsOnly(BatchStatus.COMPLETED);
        assertThat(video.fileOutcomes(steps.get(0).runId(), "video", "bliksund"))
                .containsExactly("LANDED|1");
        assertThat(video.fileOutcomes(steps.get(1).runId(), "video", "snla")).containsExactly("LANDED|1");
        List<String> quarantine = video.quarantine("video");
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
        // and each quarantined record is registered under the run of its feed's step
        assertThat(video.work("select feed, run_id, count(*) from meta.quarantined_record group by 1, 2 order by 1"))
                .containsExactly(
                        "bliksund|" + steps.get(0).runId() + "|6",
                        "snla|" + steps.get(1).runId() + "|5");

        // and read = accepted + quarantined for every file in the registry
        assertThat(video.landedFiles("video", "bliksund")).containsExactly(BLIKSUND_FILE + "|8|2|6");
        assertThat(video.landedFiles("video", "snla")).containsExactly(SNLA_FILE + "|7|2|5");
        assertThat(
                        video.work(
                                "select count(*) from meta.landed_file where records_read <> records_accepted + records_quarantined"))
                .containsExactly("0");

        // and the good records of both files are landed (what the build reads), nothing of the bad ones
        assertThat(video.landed("video", "bliksund", "call_id, status, record_no", "record_no"))
                .containsExactly("b-8800001|COMPLETED|1", "b-8800007|REJECTED|7");
        assertThat(video.landed("video", "snla", "call_id, status, record_no", "record_no"))
                .containsExactly("S-9900001|Gjennomført|2", "S-9900005|Ubesvart|6");
        // and built into the warehouse's calls, nothing of the bad ones
        assertThat(builtCalls(
                        video,
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
    void aFileThatCannotBeReadAsAWholeIsRejectedWholeAndNamedInTheRegistry() {
        // given a good delivery of each feed
        Inbox video = new Inbox(temporary);
        bliksund(
                video,
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        snla(video, "20260125020000", "S-1;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført");
        // and broken ones: an SNLA file with a wrong header, an empty SNLA file, a Bliksund file whose
        // name does not fit the feed's pattern, and an SNLA file whose delivery stamp is no date
        video.deliver(
                "video",
                "snla",
                "snla_20260126020000.csv",
                "Samtale-ID;Start;Slutt;Sentral;Status\r\nS-2;20.01.2026 10:00:00;;AMK Førde;Ubesvart\r\n"
                        .getBytes(TextFeed.SNLA.charset()));
        video.deliver("video", "snla", "snla_20260127020000.csv", new byte[0]);
        video.deliver(
                "video",
                "bliksund",
                "bliksund_2026-01-27.jsonl",
                ("{\"callId\":\"b-3\",\"start\":\"2026-01-26T09:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}\n")
                        .getBytes(StandardCharsets.UTF_8));
        video.deliver(
                "video",
                "snla",
                "snla_20260230020000.csv",
                TextFeed.SNLA
                        .text("S-4;20.01.2026 11:00:00;;AMK Førde;Ubesvart")
                        .getBytes(TextFeed.SNLA.charset()));

        // when both landing steps run
        List<LandingStepRun.Ended> steps = landBoth(video);

        // then the steps land what they could, and name each rejected file with its reason
        assertThat(steps).extracting(LandingStepRun.Ended::status).containsOnly(BatchStatus.COMPLETED);
        assertThat(video.fileOutcomes(steps.get(0).runId(), "video", "bliksund"))
                .containsExactly("LANDED|1", "REJECTED|1");
        assertThat(video.fileOutcomes(steps.get(1).runId(), "video", "snla")).containsExactly("LANDED|1", "REJECTED|3");
        List<String> rejected = video.rejected("video");
        assertThat(rejected)
                .extracting(row -> row.substring(0, row.indexOf('|', row.indexOf('|') + 1)))
                .containsExactly(
                        "bliksund|bliksund_2026-01-27.jsonl",
                        "snla|snla_20260126020000.csv",
                        "snla|snla_20260127020000.csv",
                        "snla|snla_20260230020000.csv");
        assertThat(rejected.get(0))
                .contains("bliksund_2026-01-27.jsonl", "does not fit bliksund_<yyyyMMddHHmmss>.jsonl");
        assertThat(rejected.get(1))
                .contains(
                        "header",
                        "Samtale-ID;Start;Slutt;Sentral;Status",
                        "Samtale-ID;Starttid;Sluttid;Sentral;Status");
        assertThat(rejected.get(2).substring("snla|snla_20260127020000.csv|".length()))
                .contains("empty");
        assertThat(rejected.get(3).substring("snla|snla_20260230020000.csv|".length()))
                .contains("20260230020000", "yyyyMMddHHmmss");

        // and nothing of them landed: not in the registry, the archive, the quarantine or the landed rows
        assertThat(video.work("select file_name from meta.landed_file order by 1"))
                .containsExactly(BLIKSUND_FILE, SNLA_FILE);
        assertThat(video.landedFiles("video", "bliksund")).containsExactly(BLIKSUND_FILE + "|1|1|0");
        assertThat(video.landedFiles("video", "snla")).containsExactly(SNLA_FILE + "|1|1|0");
        assertThat(video.archived("video")).containsExactly(BLIKSUND_FILE + ".parquet", SNLA_FILE + ".parquet");
        assertThat(video.quarantine("video")).isEmpty();
        assertThat(video.landed("video", "bliksund", "call_id", "1")).containsExactly("b-1");
        assertThat(video.landed("video", "snla", "call_id", "1")).containsExactly("S-1");
        assertThat(builtCalls(video, "b-1", "b-3", "S-1", "S-2", "S-4"))
                .containsExactly(
                        "S-1|SNLA|AMK Førde|Gjennomført|COMPLETED|true|202601|2026-01-20|240",
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-20|360");
    }

    @Test
    void aFileNameLandedBeforeWithOtherContentIsRejectedAndTheEarlierDeliveryStaysInEffect() throws Exception {
        // given a Bliksund delivery landed on one night
        Inbox video = new Inbox(temporary);
        Path file = bliksund(
                video,
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":\"2026-01-20T09:06:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}",
                "{\"callId\":\"b-2\",\"start\":\"2026-01-20T10:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}");
        String landedSha256 = NewFilesPartitioner.sha256(file);
        LandingStepRun.Ended first = video.land(BliksundFeed.ID);
        assertThat(video.fileOutcomes(first.runId(), "video", "bliksund")).containsExactly("LANDED|1");

        // and the sender changing that file in place, instead of sending a correction with a later stamp
        bliksund(
                video,
                "20260125020000",
                "{\"callId\":\"b-1\",\"start\":\"2026-01-20T09:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}",
                "{\"callId\":\"b-3\",\"start\":\"2026-01-21T10:00:00+01:00\",\"end\":\"2026-01-21T10:02:00+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}");
        String changedSha256 = NewFilesPartitioner.sha256(file);

        // when the next night's landing step sees it
        LandingStepRun.Ended next = video.land(BliksundFeed.ID);

        // then it is rejected with a reason saying so
        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(video.fileOutcomes(next.runId(), "video", "bliksund")).containsExactly("REJECTED|1");
        assertThat(video.rejected("video"))
                .singleElement()
                .satisfies(rejected -> assertThat(rejected)
                        .startsWith("bliksund|" + BLIKSUND_FILE + "|")
                        .contains("was landed before with other content"));
        assertThat(video.work("select file_name, sha256, run_id = " + next.runId() + " from meta.rejected_file"))
                .containsExactly(BLIKSUND_FILE + "|" + changedSha256 + "|true");

        // and the delivery landed first stays in effect, in the registry and the landed rows
        assertThat(video.work(
                        "select file_name, sha256, records_read, run_id = " + first.runId() + " from meta.landed_file"))
                .containsExactly(BLIKSUND_FILE + "|" + landedSha256 + "|2|true");
        assertThat(video.landed("video", "bliksund", "call_id, status", "call_id"))
                .containsExactly("b-1|COMPLETED", "b-2|FAILED");
        assertThat(builtCalls(video, "b-1", "b-2", "b-3"))
                .containsExactly(
                        "b-1|Bliksund|AMK Oslo|COMPLETED|COMPLETED|true|202601|2026-01-20|360",
                        "b-2|Bliksund|AMK Oslo|FAILED|FAILED|false|202601|2026-01-20|∅");
    }

    @Test
    void theSameContentUnderAnotherNameIsAnotherDeliveryAndLands() throws Exception {
        // given an SNLA delivery landed on one night
        Inbox video = new Inbox(temporary);
        Path original = snla(
                video,
                "20260125020000",
                "S-1;20.01.2026 09:00:00;20.01.2026 09:04:00;AMK Førde;Gjennomført",
                "S-2;20.01.2026 10:00:00;;Legevakt Tromsø;Ubesvart");
        LandingStepRun.Ended first = video.land(SnlaFeed.ID);
        assertThat(video.fileOutcomes(first.runId(), "video", "snla")).containsExactly("LANDED|1");

        // and the same bytes delivered again under a later stamp, next to the original
        video.deliver("video", "snla", "snla_20260126020000.csv", Files.readAllBytes(original));

        // when the next night's landing step runs
        LandingStepRun.Ended next = video.land(SnlaFeed.ID);

        // then the copy is a delivery of its own (a delivery is a file name) and lands; the original is known by its
        // name
        assertThat(next.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(video.rejected("video")).isEmpty();
        assertThat(video.work("select file_name, outcome, reason from meta.file_event where run_id = " + next.runId()
                        + " order by file_name"))
                .containsExactly("snla_20260125020000.csv|SKIPPED|landed before", "snla_20260126020000.csv|LANDED|∅");
        assertThat(video.landedFiles("video", "snla"))
                .containsExactly(SNLA_FILE + "|2|2|0", "snla_20260126020000.csv|2|2|0");
        assertThat(video.archived("video")).containsExactly(SNLA_FILE + ".parquet", "snla_20260126020000.csv.parquet");
        // and both deliveries' rows are landed
        assertThat(video.landed("video", "snla", "call_id, source_file", "source_file, call_id"))
                .containsExactly(
                        "S-1|" + SNLA_FILE,
                        "S-2|" + SNLA_FILE,
                        "S-1|snla_20260126020000.csv",
                        "S-2|snla_20260126020000.csv");
        // and the calls are counted once: the newer delivery of a call wins, as for any overlapping files
        assertThat(builtCalls(video, "S-1", "S-2")).hasSize(2);
    }
}
