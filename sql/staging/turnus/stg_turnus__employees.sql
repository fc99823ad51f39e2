-- Employment rows as landed (turnus/employees), renamed to the warehouse's words. The person is
-- only the HMAC pseudonym given on landing. Grain: row x delivered file. Key: (source_file, record_no).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   org_unit_id: the org unit.
--   employment_type: FAST, MIDLERTIDIG, LAERLING or TRAINEE.
--   position_pct: the position percentage.
--   valid_from: the first day of the employment row.
--   valid_to: its last day, null while open.
--   has_aml_dispensation: a dispensation from the working-time limits.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
with source as (
    select * from raw.turnus__employees
),

renamed as (
    select
        employee_key,
        org_unit as org_unit_id,
        employment_type,
        cast(position_pct as decimal(5, 2)) as position_pct,
        valid_from,
        valid_to,
        aml_dispensation as has_aml_dispensation,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
