-- Seed data (sql/seeds/meta_feed_freshness.csv): how old each feed's newest delivery may be before it is
-- stale (definitions.md, "Freshness of the sources"), which the operator can change in the seed file.
-- Grain: feed. Key: source, feed.
-- Columns: source, feed (as the inbox folders name them); feed_order (the run report's order);
-- cadence (daily, monthly or yearly: how often the feed is delivered); warn_after_days,
-- error_after_days (an age in days above this is warn, above that error).
with source as (
    select * from seeds.meta_feed_freshness
),

typed as (
    select
        source,
        feed,
        cast(feed_order as integer) as feed_order,
        cadence,
        cast(warn_after_days as integer) as warn_after_days,
        cast(error_after_days as integer) as error_after_days
    from source
),

final as (
    select * from typed
)

select * from final
