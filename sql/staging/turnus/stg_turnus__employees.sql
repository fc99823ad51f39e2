-- Employment rows as landed (turnus/employees), renamed to the warehouse's words. The person is
-- only the HMAC pseudonym given on landing. Grain: row x delivered file. Key: (source_file, record_no).
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
