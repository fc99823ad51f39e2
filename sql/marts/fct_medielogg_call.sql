-- One row per call the media log saw, recorded or not, as its newest delivery says.
-- Grain: recording. Key: recording_key; natural key recording_id.
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
