-- Power BI: the org units of the staff views, to slice them by. Grain: org unit. Key: org_unit_key.
-- Columns:
--   org_unit_key: the org unit's number in this publication (in name order), the key of the staff views.
--   org_unit_name: the org unit as the rostering system names it.
with units as (
    select * from marts.dim_turnus_org_unit
),

final as (
    select bi_key as org_unit_key, org_unit_name from units
)

select * from final
