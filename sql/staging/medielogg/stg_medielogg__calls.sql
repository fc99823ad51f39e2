-- Media-log calls as landed, one row per recording and delivery, renamed to the warehouse's words.
-- Grain: recording_id x source_file. Key: (recording_id, source_file).
with source as (
    select * from raw.medielogg__calls
),

renamed as (
    select
        recording_id,
        regexp_replace(trim(site), '\s+', ' ', 'g') as site_name,
        channel as channel_code,
        start_at,
        duration_seconds,
        is_logged,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
