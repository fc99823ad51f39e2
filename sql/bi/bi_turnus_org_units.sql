-- Power BI: the org units of the staff views, to slice them by. Grain: org unit. Key: org_unit_key.
with units as (
    select * from marts.dim_turnus_org_unit
),

final as (
    select org_unit_key, org_unit_name from units
)

select * from final
