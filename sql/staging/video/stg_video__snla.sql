-- SNLA video calls as landed, one row per call and delivery, renamed to the warehouse's words.
-- Grain: Samtale-ID x source_file. Key: (video_call_id, source_file).
-- Columns:
--   platform: bliksund or snla.
--   video_call_id: the platform's id of the call.
--   start_at: the start, UTC.
--   end_at: the end, UTC.
--   centre_name: the centre as the platform names it, null where it names none.
--   source_status: the status as the platform gives it.
--   status_code: the status in the contract's vocabulary (COMPLETED, FAILED, REJECTED and the like).
--   is_completed: whether the call counts as completed (definitions.md).
--   participant_count: the number of participants, null where the platform gives none (SNLA).
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
