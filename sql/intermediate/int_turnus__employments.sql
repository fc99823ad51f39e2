-- PLACEHOLDER until the turnus-core models are merged (the turnus interface of the helper brief):
-- one row per employment row, valid_from .. valid_to inclusive (valid_to null = open-ended). Empty
-- here. Grain: employment row. Key: (employee_key, org_unit_id, valid_from).
with final as (
    select
        cast(employee_key as varchar) as employee_key,
        cast(org_unit_id as varchar) as org_unit_id,
        cast(employment_type as varchar) as employment_type,
        cast(position_pct as decimal(5, 2)) as position_pct,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to,
        cast(has_aml_dispensation as boolean) as has_aml_dispensation,
    from (values (null, null, null, null, null, null, null))
        as employments (employee_key, org_unit_id, employment_type, position_pct, valid_from, valid_to, has_aml_dispensation)
    where false
)

select * from final
