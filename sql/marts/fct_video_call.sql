-- One row per video call on either platform, as its newest delivery says.
-- Grain: call. Key: video_call_key; natural key (platform, video_call_id).
with calls as (
    select * from intermediate.int_video__calls_latest
),

final as (
    select
        surrogate_key(calls.platform || ':' || calls.video_call_id) as video_call_key,
        calls.video_call_id,
        calls.platform,
        surrogate_key(coalesce(calls.centre_name, '(ukjent)')) as video_centre_key,
        date_key(oslo_wall_clock(calls.start_at)) as start_date_key,
        cast(oslo_wall_clock(calls.start_at) as date) as start_date,
        year(oslo_wall_clock(calls.start_at)) * 100 + month(oslo_wall_clock(calls.start_at)) as month_key,
        calls.start_at,
        calls.end_at,
        calls.status_code,
        calls.source_status,
        calls.is_completed,
        epoch_seconds(calls.end_at - calls.start_at) as duration_seconds,
        calls.participant_count,
        calls.source_file,
        calls.delivery_stamp
    from calls
)

select * from final
