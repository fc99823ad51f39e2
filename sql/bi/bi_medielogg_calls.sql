-- Power BI: every call the media log saw, with its site, day, channel and whether it was recorded;
-- no personal data is in this feed. Grain: recording. Key: recording_key.
with calls as (
    select * from marts.fct_medielogg_call
),

sites as (
    select * from marts.dim_medielogg_site
),

final as (
    select
        calls.recording_key,
        calls.recording_id,
        calls.site_key,
        calls.month_key,
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
