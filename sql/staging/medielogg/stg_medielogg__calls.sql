-- Media-log calls as landed, one row per recording and delivery, renamed to the warehouse's words.
-- Grain: recording_id x source_file. Key: (recording_id, source_file).
-- Columns:
--   recording_id: the media log's id of the recording.
--   site_name: the site as the media log names it.
--   channel_code: TELEFON or NODNETT.
--   start_at: the start, UTC.
--   duration_seconds: the length of the call in seconds.
--   is_logged: whether the call was recorded.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
