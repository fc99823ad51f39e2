-- Power BI: how fresh each feed's data is at the publication's run date (definitions.md, "Freshness
-- of the sources"), so that a stale source shows next to its figures. Grain: feed. Key: source, feed.
-- Columns:
--   source: the source word of sources.md (ledger, turnus, video, medielogg, lifex).
--   feed: the feed word of sources.md.
--   cadence: how often the feed is delivered (daily, monthly, yearly).
--   newest_delivery_date: the date in the name of the newest landed delivery; empty: never delivered.
--   age_days: the run date less the newest delivery's date; empty: never delivered.
--   warn_after_days: the age in days above which the feed is stale (warn), as the operator set it.
--   error_after_days: the age in days above which the feed is in error; the night then exits 4.
--   status: pass, warn, error, or none (never delivered).
--   run_date: the publication's run date, to which the age is counted.
--   feed_order: the feed's place in the run report's order (to sort by).
with freshness as (
    select * from reporting.rpt_meta_feed_freshness
),

final as (
    select
        source,
        feed,
        cadence,
        cast(newest_delivery_stamp as date) as newest_delivery_date,
        cast(age_days as integer) as age_days,
        cast(warn_after_days as integer) as warn_after_days,
        cast(error_after_days as integer) as error_after_days,
        status,
        run_date,
        cast(feed_order as integer) as feed_order
    from freshness
)

select * from final
