-- Video calls of both platforms, the newest delivery of each call winning (sources.md: per callId /
-- Samtale-ID, newest delivery). Grain: one row per call. Key: (platform, video_call_id).
-- Materialized: incremental by platform, video_call_id;
--   newest by delivery_stamp desc, source_file desc, record_no desc;
--   months by start_at
-- Columns: those of stg_video__bliksund and stg_video__snla (the same), described there.
with unioned as (
    select * from staging.stg_video__bliksund
    -- both staging models give the same columns in the same order
    union all
    select * from staging.stg_video__snla
),

ranked as (
    select
        *,
        row_number() over (
            partition by platform, video_call_id
            order by delivery_stamp desc, source_file desc, record_no desc
        ) as delivery_rank
    from unioned
),

final as (
    select
        platform,
        video_call_id,
        start_at,
        end_at,
        centre_name,
        source_status,
        status_code,
        is_completed,
        participant_count,
        source_file,
        delivery_stamp,
        record_no
    from ranked
    where delivery_rank = 1
)

select * from final
