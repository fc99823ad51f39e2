-- The freshness of every feed at the run date (definitions.md, "Freshness of the sources"): the age of
-- its newest landed delivery, by the stamp or date in the file name, against the seed's thresholds.
-- Read by hdo-dw status from the published warehouse, so it can be read while a nightly run is going on.
-- Grain: feed. Key: source, feed.
-- Columns:
--   source: the source word of sources.md (ledger, turnus, video, medielogg, lifex).
--   feed: the feed word of sources.md.
--   feed_order: the feed's place in the run report's order.
--   cadence: how often the feed is delivered (the seed's word).
--   warn_after_days: the age in days above which the feed is stale (warn).
--   error_after_days: the age in days above which the feed is in error.
--   newest_delivery_stamp: the stamp of the newest landed delivery, Oslo wall time; null: never delivered.
--   age_days: the run date less the newest delivery's date; null: never delivered.
--   status: pass, warn (above warn_after_days), error (above error_after_days) or none (never delivered).
--   run_date: the run date the age is counted to.
with thresholds as (
    select * from staging.stg_meta__seed_feed_freshness
),

landed as (
    select
        source,
        feed,
        max(delivery_stamp) as newest_delivery_stamp
    from meta.landed_file
    group by source, feed
),

aged as (
    select
        thresholds.source,
        thresholds.feed,
        thresholds.feed_order,
        thresholds.cadence,
        thresholds.warn_after_days,
        thresholds.error_after_days,
        landed.newest_delivery_stamp,
        run_date() - cast(landed.newest_delivery_stamp as date) as age_days
    from thresholds
    left join landed
        on landed.source = thresholds.source
        and landed.feed = thresholds.feed
),

final as (
    select
        source,
        feed,
        feed_order,
        cadence,
        warn_after_days,
        error_after_days,
        newest_delivery_stamp,
        age_days,
        case
            when age_days is null then 'none'
            when age_days > error_after_days then 'error'
            when age_days > warn_after_days then 'warn'
            else 'pass'
        end as status,
        run_date() as run_date
    from aged
)

select * from final
