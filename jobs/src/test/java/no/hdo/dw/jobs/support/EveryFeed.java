package no.hdo.dw.jobs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One small good file of every feed (the ledger mapping aside: a delivered mapping replaces the
 * seed whole), as the senders deliver them, for the tests that put bad deliveries next to good ones.
 * {@link #RECORDS} says how many records each holds; all are accepted.
 */
public final class EveryFeed {

    /** source/feed to the records its good file holds. */
    public static final Map<String, Long> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("video/bliksund", 2L);
        RECORDS.put("video/snla", 2L);
        RECORDS.put("turnus/employees", 5L);
        RECORDS.put("turnus/shifts", 5L);
        RECORDS.put("turnus/absences", 1L);
        RECORDS.put("ledger/saft", null); // the tax authority's small example file: its record count is its own
        RECORDS.put("ledger/budget", 2L);
        RECORDS.put("ledger/receivables", 1L);
        RECORDS.put("medielogg/calls", 2L);
        RECORDS.put("medielogg/availability", 1L);
        RECORDS.put("lifex/tracker", 2L);
    }

    public static final String OPEN_ITEMS = "open_items_2026-02-28_20260301020000.csv";
    public static final String OPEN_ITEMS_TEXT =
            "customer_id;customer_name;invoice_no;invoice_date;due_date;amount;currency\n"
                    + "10001;Helse Nord RHF;101;2026-02-01;2026-03-01;1000,00;NOK\n";
    public static final String NOVEMBER_AVAILABILITY = "availability_2025-11_20251201020000.csv";
    public static final String AVAILABILITY_WITHOUT_OUTAGES = "component,outage_start,outage_end,planned\n";

    private EveryFeed() {}

    /** Delivers the good files to the inbox. */
    public static void deliver(Path inbox) {
        Charset windows1252 = Charset.forName("windows-1252");
        Inboxes.deliver(
                inbox,
                "video",
                "bliksund",
                "bliksund_20260201020000.jsonl",
                utf8(
                        "{\"callId\":\"b-1\",\"start\":\"2026-01-30T08:12:55+01:00\",\"end\":\"2026-01-30T08:19:02+01:00\",\"centre\":\"AMK Oslo\",\"status\":\"COMPLETED\",\"participants\":2}\n"
                                + "{\"callId\":\"b-2\",\"start\":\"2026-01-31T14:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}\n"));
        Inboxes.deliver(
                inbox,
                "video",
                "snla",
                "snla_20260201020000.csv",
                ("Samtale-ID;Starttid;Sluttid;Sentral;Status\r\n"
                                + "S-1;30.01.2026 09:00:00;30.01.2026 09:12:30;AMK Bergen;Gjennomført\r\n"
                                + "S-2;30.01.2026 10:00:00;;AMK Tromsø;Ubesvart\r\n")
                        .getBytes(windows1252));
        Inboxes.deliver(
                inbox,
                "turnus",
                "employees",
                "employees_20260301013000.csv",
                utf8("employee_no;org_unit;employment_type;position_pct;valid_from;valid_to;aml_dispensation\n"
                        + "4100000001;Drift;FAST;100;2020-01-01;;N\n"
                        + "4100000002;Drift;FAST;80;2020-01-01;;N\n"
                        + "4100000003;Drift;FAST;100;2020-01-01;;N\n"
                        + "4100000004;Drift;FAST;100;2020-01-01;;N\n"
                        + "4100000005;Drift;FAST;100;2020-01-01;;N\n"));
        Inboxes.deliver(
                inbox,
                "turnus",
                "shifts",
                "shifts_2026-02_20260301013000.csv",
                utf8("shift_id;employee_no;org_unit;start;end;shift_type\n"
                        + "S-1;4100000001;Drift;2026-02-02 08:00;2026-02-02 16:00;ORD\n"
                        + "S-2;4100000002;Drift;2026-02-03 08:00;2026-02-03 16:00;ORD\n"
                        + "S-3;4100000003;Drift;2026-02-04 08:00;2026-02-04 16:00;ORD\n"
                        + "S-4;4100000004;Drift;2026-02-05 08:00;2026-02-05 16:00;ORD\n"
                        + "S-5;4100000005;Drift;2026-02-06 08:00;2026-02-06 16:00;ORD\n"));
        Inboxes.deliver(
                inbox,
                "turnus",
                "absences",
                "absences_2026-02_20260301013000.csv",
                utf8("absence_id;employee_no;from_date;to_date;code;degree_pct\n"
                        + "A-1;4100000002;2026-02-10;2026-02-12;EGM;\n"));
        Inboxes.deliver(
                inbox,
                "ledger",
                "saft",
                "SAF-T Financial_999999999_20161125213512_1_1.xml",
                // without its balances, which do not add up in the tax authority's example (main checks them since
                // report finance)
                utf8(new String(
                                resource("saf-t/ExampleFile_SAF-T_Financial_999999999_20161125213512.xml"),
                                StandardCharsets.UTF_8)
                        .replaceAll(
                                "<(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>[^<]*</(\\w+:)?(Opening|Closing)(Debit|Credit)Balance>",
                                "")));
        Inboxes.deliver(
                inbox,
                "ledger",
                "budget",
                "budget_2026_20251215120000.csv",
                utf8("year;month;account;department;amount\n2026;1;3000;;-980000,00\n2026;1;5000;100;380000,00\n"));
        Inboxes.deliver(inbox, "ledger", "receivables", OPEN_ITEMS, utf8(OPEN_ITEMS_TEXT));
        Inboxes.deliver(
                inbox,
                "medielogg",
                "calls",
                "calls_20260202020000.csv",
                utf8("recording_id,site,channel,start_utc,duration_s,logged\n"
                        + "R-1,AMK Bergen,NODNETT,2026-01-31T23:02:10Z,15,1\n"
                        + "R-2,Legevakt Tromsø,TELEFON,2026-02-01T07:15:00Z,,0\n"));
        Inboxes.deliver(
                inbox,
                "medielogg",
                "availability",
                "availability_2026-01_20260201020000.csv",
                utf8(AVAILABILITY_WITHOUT_OUTAGES + "SENTRAL,2026-01-10T10:00:00Z,2026-01-10T10:30:00Z,0\n"));
        Inboxes.deliver(inbox, "lifex", "tracker", "lifex_tracker_2026-01-30.xlsx", tracker());
    }

    private static byte[] tracker() {
        try (var out = new java.io.ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "hdo-dw-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Kontrollrom");
            Object[][] rows = {
                {
                    "Kontrollrom",
                    "Type",
                    "Helseregion",
                    "Helseforetak",
                    "Planlagt omlegging",
                    "Omlagt dato",
                    "Status",
                    "Kommentar"
                },
                {
                    "AMK Bodø",
                    "AMK",
                    "Nord",
                    "Nordlandssykehuset",
                    LocalDate.of(2025, 10, 6),
                    LocalDate.of(2025, 10, 6),
                    "Omlagt",
                    null
                },
                {"AMK Molde", "AMK", "Midt", "Helse Møre og Romsdal", LocalDate.of(2026, 3, 2), null, "Planlagt", null}
            };
            for (int row = 0; row < rows.length; row++) {
                for (int column = 0; column < rows[row].length; column++) {
                    Object cell = rows[row][column];
                    if (cell instanceof String text) {
                        sheet.value(row, column, text);
                    } else if (cell instanceof LocalDate date) {
                        sheet.value(row, column, date);
                        sheet.style(row, column).format("dd.mm.yyyy").set();
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = EveryFeed.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
