-- Power BI: every call the media log saw, with its site, day, channel and whether it was recorded;
-- no personal data is in this feed. Grain: recording. Key: recording_key.
-- Columns:
--   recording_key: the recording's number in this publication.
--   recording_id: the media log's recording id.
--   site_key: the site (bi_medielogg_sites).
--   month_key: the Oslo month of the call's start as yyyymm (bi_calendar_month).
--   start_date_key: the Oslo day of the call's start as yyyymmdd (bi_calendar_date).
--   start_date: the Oslo day of the call's start.
--   site_name: the site (centre) as the media log names it.
--   channel_code: TELEFON or NODNETT (radio).
--   channel_name: the channel's Norwegian name.
--   duration_seconds: the call's length in seconds; empty when the media log did not give it.
--   is_logged: the call was recorded (0 in the feed: seen, but its recording failed).
with calls as (
    select * from marts.fct_medielogg_call
),

sites as (
    select * from marts.dim_medielogg_site
),

final as (
    select
        cast(row_number() over (order by calls.recording_id) as integer) as recording_key,
        calls.recording_id,
        sites.bi_key as site_key,
        cast(calls.month_key as integer) as month_key,
        calls.start_date_key,
        calls.start_date,
        sites.site_name,
        calls.channel_code,
        calls.channel_name,
        calls.duration_seconds,
        calls.is_logged
    from calls
    join sites using (site_key)
)

select * from final
