-- One row per call the media log saw, recorded or not, as its newest delivery says.
-- Grain: recording. Key: recording_key; natural key recording_id.
-- Materialized: incremental by recording_id
-- Columns:
--   recording_key: surrogate key of the recording.
--   recording_id: the media log's id of the recording.
--   site_key: surrogate key of the site.
--   channel_code: TELEFON or NODNETT.
--   channel_name: Telefon or Nødnett.
--   start_date_key: the start's Oslo date as yyyymmdd.
--   start_date: the start's Oslo date.
--   month_key: the start's Oslo month as yyyymm.
--   start_at: the start, UTC.
--   duration_seconds: the length of the call in seconds.
--   is_logged: whether the call was recorded.
--   source_file: the newest calls file giving it.
--   delivery_stamp: that file's delivery stamp.
with calls as (
    select * from intermediate.int_medielogg__calls_latest
),

final as (
    select
        surrogate_key(calls.recording_id) as recording_key,
        calls.recording_id,
        surrogate_key(calls.site_name) as site_key,
        calls.channel_code,
        case calls.channel_code when 'TELEFON' then 'Telefon' when 'NODNETT' then 'Nødnett' end as channel_name,
        date_key(oslo_wall_clock(calls.start_at)) as start_date_key,
        cast(oslo_wall_clock(calls.start_at) as date) as start_date,
        year(oslo_wall_clock(calls.start_at)) * 100 + month(oslo_wall_clock(calls.start_at)) as month_key,
        calls.start_at,
        calls.duration_seconds,
        calls.is_logged,
        calls.source_file,
        calls.delivery_stamp
    from calls
)

select * from final
