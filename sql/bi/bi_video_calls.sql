-- Power BI: every video call with its centre, day and outcome; no personal data is in these feeds.
-- Grain: call. Key: (platform, video_call_id). No row number: no table refers to a single call, and
-- one numbered over every call changed with each new day (docs/decisions.md, "Facts have no row key").
-- Columns:
--   video_call_id: the platform's call id (Bliksund callId, SNLA Samtale-ID).
--   video_centre_key: the centre (bi_video_centres).
--   month_key: the Oslo month of the call's start as yyyymm (bi_calendar_month).
--   start_date_key: the Oslo day of the call's start as yyyymmdd (bi_calendar_date).
--   start_date: the Oslo day of the call's start.
--   platform: Bliksund or SNLA.
--   centre_name: the centre as the platform names it.
--   status_code: COMPLETED, FAILED, REJECTED (Bliksund) or the SNLA status in those terms.
--   source_status: the status as the platform wrote it (SNLA: Gjennomført, Avbrutt, Ubesvart).
--   is_completed: a completed call, as the report counts it (definitions.md, "Video calls").
--   duration_seconds: the call's length in seconds (end less start); empty without an end.
--   participant_count: the participants (Bliksund only).
with calls as (
    select * from marts.fct_video_call
),

centres as (
    select * from marts.dim_video_centre
),

final as (
    select
        calls.video_call_id,
        centres.bi_key as video_centre_key,
        cast(calls.month_key as integer) as month_key,
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
