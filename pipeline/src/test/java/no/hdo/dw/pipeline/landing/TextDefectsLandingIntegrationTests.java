package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.pipeline.ledger.BudgetFeed;
import no.hdo.dw.pipeline.medielogg.MedieloggCallsFeed;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.turnus.AbsencesFeed;
import no.hdo.dw.pipeline.video.BliksundFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * Text that is broken below the record (a byte of another encoding, a quote never closed, a control
 * character) spoils only what it must, on real files through the landing steps: a wrong encoding
 * the file, an open quote or a control character its own line. Text that looks like a spreadsheet
 * formula is data, kept as it came (it is neutralised only where CSV is written for Excel).
 */
class TextDefectsLandingIntegrationTests {

    private static final List<FeedId> FEEDS =
            List.of(AbsencesFeed.ID, BudgetFeed.ID, MedieloggCallsFeed.ID, BliksundFeed.ID);

    @TempDir
    Path temporary;

    @Test
    void encodingErrorsOpenQuotesAndControlCharactersSpoilOnlyWhatTheyMustAndFormulaTextIsKept() {
        // given a UTF-8 absences file with one Windows-1252 byte (æ) on line 3
        Inbox inbox = new Inbox(temporary);
        byte[] good = ("absence_id;employee_no;from_date;to_date;code;degree_pct\n"
                        + "A-7;4100000001;2026-01-05;2026-01-06;FER;\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = "A-8;4100000002;2026-01-07;2026-01-08;ANNET;\u00e6\n".getBytes(Charset.forName("windows-1252"));
        byte[] absences = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, absences, good.length, bad.length);
        inbox.deliver("turnus", "absences", "absences_2026-01_20260201013000.csv", absences);
        // and a budget of five lines whose third opens a quote it never closes
        inbox.deliverText(
                "ledger",
                "budget",
                "budget_2025_20241215120000.csv",
                "year;month;account;department;amount",
                "2025;1;3000;;-1000,00",
                "2025;2;3000;;-1000,00",
                "2025;3;\"3000;;-1000,00",
                "2025;4;3000;;-1000,00",
                "2025;5;3000;;-1000,00");
        // and a media-log call whose site holds a NUL, and a Bliksund call whose centre looks like a formula
        inbox.deliverText(
                "medielogg",
                "calls",
                "calls_20260203020000.csv",
                "recording_id,site,channel,start_utc,duration_s,logged",
                "R-7,AMK\u0000Bergen,NODNETT,2026-02-02T10:00:00Z,15,1",
                "R-8,AMK Bergen,NODNETT,2026-02-02T11:00:00Z,15,1");
        inbox.deliverText(
                "video",
                "bliksund",
                "bliksund_20260202020000.jsonl",
                "{\"callId\":\"b-7\",\"start\":\"2026-02-01T08:00:00+01:00\",\"end\":null,\"centre\":\"=HYPERLINK(1)\",\"status\":\"FAILED\",\"participants\":1}");

        // when the four landing steps run
        for (FeedId feed : FEEDS) {
            assertThat(inbox.land(feed).status()).as(feed.toString()).isEqualTo(BatchStatus.COMPLETED);
        }

        // then the absences file is rejected whole, naming the encoding, the line and the byte
        assertThat(inbox.rejected("turnus"))
                .containsExactly(
                        "absences|absences_2026-01_20260201013000.csv|the file is not UTF-8 (this feed's encoding):"
                                + " line 3 has the byte 0xE6 at byte 44 of the line, which does not fit");
        // and the open quote and the NUL spoil their own line only
        assertThat(
                        inbox.work(
                                "select file_name, record_no, field, reason from meta.quarantined_record order by file_name, record_no"))
                .containsExactly(
                        "budget_2025_20241215120000.csv|4|∅|a quoted field is not closed before the end of the line (no field spans lines): the line is not read",
                        "calls_20260203020000.csv|2|∅|the line holds the control character U+0000 at character 8: text fields may not hold control characters");
        assertThat(inbox.work(
                        "select file_name, records_read, records_accepted, records_quarantined from meta.landed_file"
                                + " where feed in ('budget', 'calls') order by 1"))
                .containsExactly("budget_2025_20241215120000.csv|5|4|1", "calls_20260203020000.csv|2|1|1");
        assertThat(inbox.landed("ledger", "budget", "count(*)", "1")).containsExactly("4");
        // and text that looks like a formula is landed as it came
        assertThat(inbox.landed("video", "bliksund", "call_id, centre", "call_id"))
                .containsExactly("b-7|=HYPERLINK(1)");

        // when the landing steps run a second night, then every file is known and nothing is said twice
        for (FeedId feed : FEEDS) {
            long runId = inbox.land(feed).runId();
            assertThat(inbox.work("select outcome, count(*) from meta.file_event where run_id = " + runId
                            + " group by outcome"))
                    .as(feed.toString())
                    .containsExactly("SKIPPED|1");
        }
        assertThat(inbox.work("select count(*) from meta.rejected_file")).containsExactly("1");
        assertThat(inbox.work("select count(*) from meta.quarantined_record")).containsExactly("2");
    }

    @Test
    void aLineLongerThanAnyRecordRefusesItsFileWithinBoundsAndValuesTooBigOrAmbiguousQuarantineTheirRecord() {
        // given a budget whose third line holds an account of 2 MiB (a field no record has), and next to it one
        // whose second row's amount has 20 digits (more than an amount of the archive holds)
        Inbox inbox = new Inbox(temporary);
        inbox.deliverText(
                "ledger",
                "budget",
                "budget_2025_20241215120000.csv",
                "year;month;account;department;amount",
                "2025;1;3000;;-1000,00",
                "2025;2;" + "9".repeat(2 << 20) + ";;-1000,00",
                "2025;3;3000;;-1000,00");
        inbox.deliverText(
                "ledger",
                "budget",
                "budget_2026_20251215120000.csv",
                "year;month;account;department;amount",
                "2026;1;3000;;-1000,00",
                "2026;2;3000;;99999999999999999999,00",
                "2026;3;3000;;-9999999999999999,99");
        // and a media-log file of 2 MiB that has no line break at all (its rows end in CR only)
        StringBuilder crOnly = new StringBuilder("recording_id,site,channel,start_utc,duration_s,logged\r");
        while (crOnly.length() < 2 << 20) {
            crOnly.append("R-1,AMK Bergen,NODNETT,2026-02-02T10:00:00Z,15,1\r");
        }
        inbox.deliver(
                "medielogg",
                "calls",
                "calls_20260203020000.csv",
                crOnly.toString().getBytes(StandardCharsets.UTF_8));
        // and Bliksund calls that give a field twice, or give an object or an array where a value belongs
        String call = "\"start\":\"2026-02-01T08:00:00+01:00\",\"status\":\"FAILED\",\"participants\":1";
        inbox.deliverText(
                "video",
                "bliksund",
                "bliksund_20260202020000.jsonl",
                "{\"callId\":\"b-1\"," + call + "}",
                "{\"callId\":\"b-2\",\"callId\":\"b-3\"," + call + "}",
                "{\"callId\":\"b-4\",\"centre\":{\"name\":\"AMK Oslo\"}," + call + "}",
                "{\"callId\":\"b-5\",\"end\":[\"2026-02-01T09:00:00+01:00\"]," + call + "}",
                "{\"callId\":\"b-6\",\"extra\":{\"a\":[1,2]},\"extra\":2," + call + "}");

        // when the landing steps run
        for (FeedId feed : List.of(BudgetFeed.ID, MedieloggCallsFeed.ID, BliksundFeed.ID)) {
            assertThat(inbox.land(feed).status()).as(feed.toString()).isEqualTo(BatchStatus.COMPLETED);
        }

        // then the files with a line of megabytes are refused whole, naming the line and the bound
        assertThat(inbox.work("select file_name, reason from meta.rejected_file order by file_name"))
                .containsExactly(
                        "budget_2025_20241215120000.csv|line 3 is longer than 1048576 bytes, far longer than any record"
                                + " of this feed (a field of gigabytes, or a file without line breaks?): the file is not"
                                + " read further, nothing of it is landed",
                        "calls_20260203020000.csv|line 1 is longer than 1048576 bytes, far longer than any record"
                                + " of this feed (a field of gigabytes, or a file without line breaks?): the file is not"
                                + " read further, nothing of it is landed");
        // and an amount too big for the archive, a field given twice and a field that is no value quarantine their
        // record, naming the field; an unknown field given twice is ignored as unknown fields are
        assertThat(
                        inbox.work(
                                "select file_name, record_no, field, reason from meta.quarantined_record order by file_name, record_no"))
                .containsExactly(
                        "bliksund_20260202020000.jsonl|2|callId|callId comes twice in the object: which of the two is"
                                + " meant cannot be told",
                        "bliksund_20260202020000.jsonl|3|centre|centre is a JSON object, not a single value",
                        "bliksund_20260202020000.jsonl|4|end|end is a JSON array, not a single value",
                        "budget_2026_20251215120000.csv|3|amount|amount is not a number in NOK with a decimal comma"
                                + " (1234,50), without thousands separator");
        assertThat(
                        inbox.work(
                                "select file_name, records_read, records_accepted, records_quarantined from meta.landed_file order by 1"))
                .containsExactly("bliksund_20260202020000.jsonl|5|2|3", "budget_2026_20251215120000.csv|3|2|1");
        assertThat(inbox.landed("ledger", "budget", "budget_month, amount_nok", "budget_month"))
                .containsExactly("1|-1000.00", "3|-9999999999999999.99");
        assertThat(inbox.landed("video", "bliksund", "call_id", "call_id")).containsExactly("b-1", "b-6");
    }
}
