-- Power BI: calls seen by the media log per month, site and channel, and how many were recorded: the
-- days of bi_medielogg_calls_daily added up, so that the two views cannot disagree.
-- Grain: month x site x channel. Key: (month_key, site_key, channel_code).
-- Columns:
--   month_key: the Oslo month of the calls' start as yyyymm (bi_calendar_month).
--   site_key: the site (bi_medielogg_sites).
--   site_name: the site (centre) as the media log names it.
--   channel_code: TELEFON or NODNETT (radio).
--   channel_name: the channel's Norwegian name.
--   calls: the calls the media log saw (recorded_pct's denominator).
--   recorded_calls: of those, the ones recorded (recorded_pct's numerator).
--   failed_recordings: of those, the ones whose recording failed.
--   recorded_pct: recorded_calls over calls, in percent.
with days as (
    select * from bi.bi_medielogg_calls_daily
),

final as (
    select
        month_key,
        site_key,
        site_name,
        channel_code,
        channel_name,
        cast(sum(calls) as bigint) as calls,
        cast(sum(recorded_calls) as bigint) as recorded_calls,
        cast(sum(failed_recordings) as bigint) as failed_recordings,
        100.0 * sum(recorded_calls) / sum(calls) as recorded_pct
    from days
    group by month_key, site_key, site_name, channel_code, channel_name
)

select * from final
