-- Power BI: calls seen by the media log per day, site and channel, the drill-through below
-- bi_medielogg_calls_monthly. Single calls are not published (docs/decisions.md, "Media-log calls are
-- published per day"); no personal data is in this feed. Grain: Oslo day x site x channel.
-- Key: (start_date_key, site_key, channel_code).
-- Columns:
--   start_date_key: the Oslo day of the calls' start as yyyymmdd (bi_calendar_date).
--   start_date: the Oslo day of the calls' start.
--   month_key: the Oslo month of the calls' start as yyyymm (bi_calendar_month).
--   site_key: the site (bi_medielogg_sites).
--   site_name: the site (centre) as the media log names it.
--   channel_code: TELEFON or NODNETT (radio).
--   channel_name: the channel's Norwegian name.
--   calls: the calls the media log saw.
--   recorded_calls: of those, the ones recorded.
--   failed_recordings: of those, the ones whose recording failed.
--   calls_with_duration: of those, the ones whose length the media log gave.
--   total_duration_seconds: the summed length of the calls whose length was given, in seconds.
-- Materialized: table (read by bi_medielogg_calls_monthly: as a view, the 43 M calls of ten times
-- HDO's volume would be added up twice each night, once for each view).
with calls as (
    select * from marts.fct_medielogg_call
),

sites as (
    select * from marts.dim_medielogg_site
),

per_day as (
    select
        start_date_key,
        start_date,
        month_key,
        site_key,
        channel_code,
        channel_name,
        count(*) as calls,
        count(*) filter (where is_logged) as recorded_calls,
        count(*) filter (where not is_logged) as failed_recordings,
        count(duration_seconds) as calls_with_duration,
        cast(sum(duration_seconds) as bigint) as total_duration_seconds
    from calls
    group by start_date_key, start_date, month_key, site_key, channel_code, channel_name
),

final as (
    select
        per_day.start_date_key,
        per_day.start_date,
        cast(per_day.month_key as integer) as month_key,
        sites.bi_key as site_key,
        sites.site_name,
        per_day.channel_code,
        per_day.channel_name,
        per_day.calls,
        per_day.recorded_calls,
        per_day.failed_recordings,
        per_day.calls_with_duration,
        per_day.total_duration_seconds
    from per_day
    join sites using (site_key)
)

select * from final
