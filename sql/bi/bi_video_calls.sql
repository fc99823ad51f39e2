-- Power BI: every video call with its centre, day and outcome; no personal data is in these feeds.
-- Grain: call. Key: video_call_key.
with calls as (
    select * from marts.fct_video_call
),

centres as (
    select * from marts.dim_video_centre
),

final as (
    select
        calls.video_call_key,
        calls.month_key,
        calls.start_date_key,
        calls.start_date,
        case calls.platform when 'bliksund' then 'Bliksund' else 'SNLA' end as platform,
        centres.centre_name,
        calls.status_code,
        calls.source_status,
        calls.is_completed,
        calls.duration_seconds,
        calls.participant_count
    from calls
    join centres using (video_centre_key)
)

select * from final
