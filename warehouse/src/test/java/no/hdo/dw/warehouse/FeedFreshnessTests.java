package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code reporting.rpt_meta_feed_freshness} (definitions.md, "Freshness of the sources"): the age of each
 * feed's newest landed delivery at the run date, against the seed's thresholds, at their edges.
 */
class FeedFreshnessTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);

    @Test
    void aFeedIsPassAtItsWarnThresholdWarnAboveItErrorAboveTheErrorThresholdAndNoneWhenNeverDelivered() {
        try (DuckDbDatabase database = DuckDbDatabase.inMemory()) {
            // given the landing registry with deliveries of these ages at 1 March 2026 (the newest of a feed counts)
            Migrations.apply(database.jdbi());
            land(database, "video", "bliksund", "2026-02-27 23:59:00"); // 2 days: warn after 2, so pass
            land(database, "video", "bliksund", "2026-02-01 02:00:00"); // older, not the newest
            land(database, "video", "snla", "2026-02-26 02:00:00"); // 3 days: warn
            land(database, "medielogg", "calls", "2026-02-25 02:00:00"); // 4 days: error after 4, so warn
            land(database, "medielogg", "availability", "2026-01-15 02:00:00"); // 45 days: warn (error after 45)
            land(database, "ledger", "saft", "2026-01-14 02:00:00"); // 46 days: error
            land(database, "ledger", "budget", "2025-02-14 00:00:00"); // 380 days: pass (warn after 380)
            land(database, "ledger", "receivables", "2026-01-25 00:00:00"); // 35 days: pass (warn after 35)
            land(database, "turnus", "shifts", "2026-01-24 00:00:00"); // 36 days: warn
            land(database, "lifex", "tracker", "2026-03-01 00:00:00"); // 0 days: pass

            // when the freshness is built
            ModelBuild.runOnly(
                    database.jdbi(),
                    RUN_DATE,
                    model -> model.name().equals("stg_meta__seed_feed_freshness")
                            || model.name().equals("rpt_meta_feed_freshness"));

            // then every feed of the seed has its status, in the run report's order
            List<Map<String, Object>> rows = database.jdbi()
                    .withHandle(handle -> handle.createQuery("""
                                    select source || '/' || feed as feed, age_days, status
                                    from reporting.rpt_meta_feed_freshness order by feed_order""").mapToMap().list());
            assertThat(rows)
                    .extracting(row -> row.get("feed") + " " + row.get("age_days") + " " + row.get("status"))
                    .containsExactly(
                            "video/bliksund 2 pass",
                            "video/snla 3 warn",
                            "ledger/saft 46 error",
                            "ledger/budget 380 pass",
                            "ledger/receivables 35 pass",
                            "turnus/employees null none",
                            "turnus/shifts 36 warn",
                            "turnus/absences null none",
                            "medielogg/calls 4 warn",
                            "medielogg/availability 45 warn",
                            "lifex/tracker 0 pass");
        }
    }

    @Test
    void theThresholdsAreTheDefaultsOfDefinitionsMd() {
        // when the seed is read as the build loads it
        Seeds.Seed seed = Seeds.seed("meta_feed_freshness");

        // then daily feeds warn after 2 days and fail after 4, monthly after 35 and 45, the budget after 380 and 400
        assertThat(seed.rows())
                .extracting(row -> row.get(0) + "/" + row.get(1) + " " + row.get(4) + " " + row.get(5))
                .containsExactlyInAnyOrder(
                        "video/bliksund 2 4",
                        "video/snla 2 4",
                        "medielogg/calls 2 4",
                        "medielogg/availability 35 45",
                        "turnus/shifts 35 45",
                        "turnus/absences 35 45",
                        "turnus/employees 35 45",
                        "ledger/saft 35 45",
                        "ledger/receivables 35 45",
                        "lifex/tracker 35 45",
                        "ledger/budget 380 400");
    }

    private static void land(DuckDbDatabase database, String source, String feed, String stamp) {
        database.jdbi()
                .useHandle(handle -> handle.createUpdate("""
                                insert into meta.landed_file (source, feed, file_name, sha256, size_bytes, delivery_stamp,
                                                              archive_path, records_read, records_accepted,
                                                              records_quarantined, run_id)
                                values (:source, :feed, :name, :name, 1, cast(:stamp as timestamp), 'x', 0, 0, 0, 1)""")
                        .bind("source", source)
                        .bind("feed", feed)
                        .bind("name", feed + "_" + stamp)
                        .bind("stamp", stamp)
                        .execute());
    }
}
