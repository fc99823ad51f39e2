-- Media-log calls, the newest delivery of each recording winning (sources.md: per recording_id,
-- newest delivery). Grain: one row per recording. Key: recording_id.
-- Materialized: incremental by recording_id;
--   newest by delivery_stamp desc, source_file desc, record_no desc;
--   months by start_at
-- Columns: those of stg_medielogg__calls, described there.
with calls as (
    select * from staging.stg_medielogg__calls
),

ranked as (
    select
        *,
        row_number() over (
            partition by recording_id
            order by delivery_stamp desc, source_file desc, record_no desc
        ) as delivery_rank
    from calls
),

final as (
    select
        recording_id,
        site_name,
        channel_code,
        start_at,
        duration_seconds,
        is_logged,
        source_file,
        delivery_stamp,
        record_no
    from ranked
    where delivery_rank = 1
)

select * from final
