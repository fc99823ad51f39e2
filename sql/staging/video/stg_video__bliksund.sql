-- Bliksund video calls as landed, one row per call and delivery, renamed to the warehouse's words.
-- Grain: call_id x source_file. Key: (video_call_id, source_file).
with source as (
    select * from raw.video__bliksund
),

renamed as (
    select
        'bliksund' as platform,
        call_id as video_call_id,
        start_at,
        end_at,
        nullif(trim(centre), '') as centre_name,
        status as source_status,
        case status
            when 'COMPLETED' then 'COMPLETED'
            when 'FAILED' then 'FAILED'
            when 'REJECTED' then 'REJECTED'
        end as status_code,
        status = 'COMPLETED' as is_completed,
        participants as participant_count,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
