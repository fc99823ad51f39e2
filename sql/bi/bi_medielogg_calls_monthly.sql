-- Power BI: calls seen by the media log per month, site and channel, and how many were recorded.
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
with calls as (
    select * from marts.fct_medielogg_call
),

sites as (
    select * from marts.dim_medielogg_site
),

per_month as (
    select
        month_key,
        site_key,
        channel_code,
        channel_name,
        count(*) as calls,
        count(*) filter (where is_logged) as recorded_calls,
        count(*) filter (where not is_logged) as failed_recordings
    from calls
    group by month_key, site_key, channel_code, channel_name
),

final as (
    select
        cast(per_month.month_key as integer) as month_key,
        sites.bi_key as site_key,
        sites.site_name,
        per_month.channel_code,
        per_month.channel_name,
        per_month.calls,
        per_month.recorded_calls,
        per_month.failed_recordings,
        100.0 * per_month.recorded_calls / per_month.calls as recorded_pct
    from per_month
    join sites using (site_key)
)

select * from final
