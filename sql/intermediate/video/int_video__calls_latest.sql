-- Video calls of both platforms, the newest delivery of each call winning (sources.md: per callId /
-- Samtale-ID, newest delivery). Grain: one row per call. Key: (platform, video_call_id).
with unioned as (
    select * from staging.stg_video__bliksund
    union all by name
    select * from staging.stg_video__snla
),

ranked as (
    select
        *,
        row_number() over (
            partition by platform, video_call_id
            order by delivery_stamp desc, source_file desc, record_no desc
        ) as delivery_rank,
    from unioned
),

final as (
    select * exclude (delivery_rank)
    from ranked
    where delivery_rank = 1
)

select * from final
