-- SNLA video calls as landed, one row per call and delivery, renamed to the warehouse's words.
-- Grain: Samtale-ID x source_file. Key: (video_call_id, source_file).
with source as (
    select * from raw.video__snla
),

renamed as (
    select
        'snla' as platform,
        call_id as video_call_id,
        start_at,
        end_at,
        nullif(trim(centre), '') as centre_name,
        status as source_status,
        case status
            when 'Gjennomført' then 'COMPLETED'
            when 'Avbrutt' then 'BROKEN_OFF'
            when 'Ubesvart' then 'NOT_ANSWERED'
        end as status_code,
        status = 'Gjennomført' as is_completed,
        cast(null as integer) as participant_count,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
