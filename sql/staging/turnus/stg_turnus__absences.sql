-- Absence spells as landed (turnus/absences). Grain: absence x delivered file. Key: (source_file, record_no).
-- Columns:
--   absence_id: the absence spell.
--   employee_key: the HMAC pseudonym of the person.
--   from_date: its first day.
--   to_date: its last day.
--   absence_code: the absence code.
--   degree_pct: its grade in percent.
--   is_sick_leave: a sick-leave code (EGM, SYK).
--   delivery_month: the month the file is for (yyyy-MM, from its name).
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
with source as (
    select * from raw.turnus__absences
),

renamed as (
    select
        absence_id,
        employee_key,
        from_date,
        to_date,
        code as absence_code,
        degree_pct,
        code in ('EGM', 'SYK') as is_sick_leave,
        -- the month the file is for: each file holds every absence overlapping its month
        regexp_extract(source_file, '^absences_(\d{4}-\d{2})_', 1) as delivery_month,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
