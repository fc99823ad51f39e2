-- One row per video call on either platform, as its newest delivery says.
-- Grain: call. Key: video_call_key; natural key (platform, video_call_id).
-- Materialized: incremental by platform, video_call_id
-- Columns:
--   video_call_key: surrogate key of the call (platform and id).
--   video_call_id: the platform's id of the call.
--   platform: bliksund or snla.
--   video_centre_key: surrogate key of the centre ("(ukjent)" where the call names none).
--   start_date_key: the start's Oslo date as yyyymmdd.
--   start_date: the start's Oslo date.
--   month_key: the start's Oslo month as yyyymm.
--   start_at: the start, UTC.
--   end_at: the end, UTC.
--   status_code: the status in the contract's vocabulary.
--   source_status: the status as the platform gives it.
--   is_completed: whether the call counts as completed (definitions.md).
--   duration_seconds: end - start in seconds.
--   participant_count: the number of participants.
--   source_file: the newest file giving the call.
--   delivery_stamp: that file's delivery stamp.
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
