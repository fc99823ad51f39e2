-- One row per call the media log saw, recorded or not, as its newest delivery says.
-- Grain: recording. Key: recording_key; natural key recording_id.
with calls as (
    select * from intermediate.int_medielogg__calls_latest
),

final as (
    select
        md5(calls.recording_id) as recording_key,
        calls.recording_id,
        md5(calls.site_name) as site_key,
        calls.channel_code,
        case calls.channel_code when 'TELEFON' then 'Telefon' when 'NODNETT' then 'Nødnett' end as channel_name,
        cast(strftime(timezone('Europe/Oslo', calls.start_at), '%Y%m%d') as integer) as start_date_key,
        cast(timezone('Europe/Oslo', calls.start_at) as date) as start_date,
        year(timezone('Europe/Oslo', calls.start_at)) * 100 + month(timezone('Europe/Oslo', calls.start_at)) as month_key,
        calls.start_at,
        calls.duration_seconds,
        calls.is_logged,
        calls.source_file,
        calls.delivery_stamp,
    from calls
)

select * from final
