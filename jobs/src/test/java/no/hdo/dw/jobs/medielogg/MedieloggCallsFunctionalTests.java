package no.hdo.dw.jobs.medielogg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.services.ServicesInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media-log feeds on real inbox files (sources.md, medielogg/calls and medielogg/availability):
 * the contract's examples land, the newest delivery of a recording wins, bad records are quarantined
 * with file, line, field and reason while the rest of the file loads.
 */
class MedieloggCallsFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void theContractsExamplesLandAndTheNewestDeliveryOfARecordingWins() throws URISyntaxException {
        // given the examples of the contract
        ServicesInbox services = new ServicesInbox(temporary);
        services.copy("medielogg", "calls", example("calls_20260201020000.csv"));
        services.copy("medielogg", "availability", example("availability_2026-01_20260201020000.csv"));
        // and a later delivery that says the failed NODNETT recording was recorded after all, with one new call
        services.calls(
                "20260202020000",
                "R-0091230013,AMK Bergen,NODNETT,2026-01-31T23:02:10Z,15,1",
                "R-0091230014,Legevakt Tromsø,TELEFON,2026-02-01T07:15:00Z,,0");

        // when
        RunReport report = services.nightly(LocalDate.of(2026, 2, 2));

        // then every call is published once, as its newest delivery says, in the Oslo month of its start
        assertThat(report.exitCode()).isZero();
        assertThat(services.published("""
                select month_key, site_name, channel_name, calls, recorded_calls, failed_recordings
                  from bi.bi_medielogg_calls_monthly order by month_key, site_name, channel_name"""))
                .containsExactly(
                        "202601|AMK Bergen|Telefon|1|1|0",
                        "202602|AMK Bergen|Nødnett|1|1|0",
                        "202602|Legevakt Tromsø|Telefon|2|1|1");
        // and the example's January has 100 % central uptime (its only SENTRAL outage is planned) and
        // 7 minutes of end-user outage
        assertThat(services.published("""
                select month_label, cast(central_pct as decimal(9, 4)), cast(end_user_pct as decimal(9, 4))
                  from reporting.rpt_medielogg_uptime_monthly""")).containsExactly("2026-01|100.0000|99.9843");
    }

    @Test
    void badRecordsAreQuarantinedWithFileLineFieldAndReasonAndTheRestLoads() {
        // given a calls file and an availability file with a bad record of every kind between good ones
        ServicesInbox services = new ServicesInbox(temporary);
        services.calls(
                "20260201020000",
                "R-1,AMK Bergen,TELEFON,2026-01-20T10:00:00Z,60,1",
                ",AMK Bergen,TELEFON,2026-01-20T10:01:00Z,60,1",
                "R-3,,TELEFON,2026-01-20T10:02:00Z,60,1",
                "R-4,AMK Bergen,RADIO,2026-01-20T10:03:00Z,60,1",
                "R-5,AMK Bergen,TELEFON,20.01.2026 10:04,60,1",
                "R-6,AMK Bergen,TELEFON,2026-01-20T10:05:00Z,6.5,1",
                "R-7,AMK Bergen,TELEFON,2026-01-20T10:06:00Z,-1,1",
                "R-8,AMK Bergen,TELEFON,2026-01-20T10:07:00Z,60,ja",
                "R-9,AMK Bergen,TELEFON,2026-01-20T10:08:00Z,60",
                "R-10,AMK Bergen,NODNETT,2026-01-20T10:09:00Z,12,0");
        services.availability(
                "2026-01",
                "20260201020000",
                "SENTRAL,2026-01-10T10:00:00Z,2026-01-10T11:00:00Z,0",
                "DATABASE,2026-01-10T10:00:00Z,2026-01-10T11:00:00Z,0",
                "SENTRAL,,2026-01-10T11:00:00Z,0",
                "SENTRAL,2026-01-10T12:00:00Z,2026-01-10T11:00:00Z,0",
                "SLUTTBRUKER,2026-01-10T12:00:00Z,i morgen,0",
                "SLUTTBRUKER,2026-01-10T12:00:00Z,2026-01-10T13:00:00Z,kanskje");

        // when
        RunReport report = services.nightly(LocalDate.of(2026, 2, 1));

        // then
        assertThat(report.exitCode()).isEqualTo(3);
        String calls = "calls|calls_20260201020000.csv|";
        String availability = "availability|availability_2026-01_20260201020000.csv|";
        assertThat(services.quarantine("medielogg"))
                .containsExactly(
                        availability + "3|component|DATABASE|unknown component; expected SENTRAL or SLUTTBRUKER",
                        availability + "4|outage_start|∅|outage_start is missing",
                        availability
                                + "5|outage_end|2026-01-10T11:00:00Z|outage_end is before outage_start (2026-01-10T12:00:00Z)",
                        availability
                                + "6|outage_end|i morgen|outage_end is not an ISO-8601 instant such as 2026-01-14T03:30:00Z",
                        availability + "7|planned|kanskje|planned must be 1 (announced maintenance) or 0 (unplanned)",
                        calls + "3|recording_id|∅|recording_id is missing",
                        calls + "4|site|∅|site is missing",
                        calls + "5|channel|RADIO|unknown channel; expected TELEFON or NODNETT",
                        calls
                                + "6|start_utc|20.01.2026 10:04|start_utc is not an ISO-8601 instant such as 2026-01-31T22:58:01Z",
                        calls + "7|duration_s|6.5|duration_s is not a whole number of seconds",
                        calls + "8|duration_s|-1|duration_s is negative",
                        calls + "9|logged|ja|logged must be 1 (recorded) or 0 (recording failed)",
                        calls
                                + "10|∅|R-9,AMK Bergen,TELEFON,2026-01-20T10:08:00Z,60|expected 6 fields separated by ',', found 5");
        assertThat(
                        services.work(
                                "select recording_id, channel_code, duration_seconds, is_logged from marts.fct_medielogg_call order by recording_id"))
                .containsExactly("R-1|TELEFON|60|true", "R-10|NODNETT|12|false");
        // and the publication has them per day, site and channel
        assertThat(services.published("""
                        select start_date_key, site_name, channel_name, calls, recorded_calls, failed_recordings,
                               calls_with_duration, total_duration_seconds
                          from bi.bi_medielogg_calls_daily order by channel_code"""))
                .containsExactly("20260120|AMK Bergen|Nødnett|1|0|1|1|12", "20260120|AMK Bergen|Telefon|1|1|0|1|60");
        assertThat(
                        services.published(
                                "select cast(central_pct as decimal(9, 4)), end_user_pct from reporting.rpt_medielogg_uptime_monthly"))
                .containsExactly("99.8656|100.0");
    }

    private Path example(String name) throws URISyntaxException {
        return Path.of(getClass().getResource("/examples/medielogg/" + name).toURI());
    }
}
