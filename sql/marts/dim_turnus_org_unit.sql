-- Organisational units of the rostering system, as named in the employment rows and shifts.
-- Grain: org unit. Key: org_unit_key (MD5 of org_unit_id); natural key org_unit_id.
-- Columns:
--   org_unit_key: surrogate key of the org unit.
--   bi_key: the integer key the publication gives it.
--   org_unit_id: the org unit as turnus names it.
--   org_unit_name: its name (turnus gives no other than the id).
with named as (
    select org_unit_id from intermediate.int_turnus__employments
    union
    select org_unit_id from intermediate.int_turnus__shifts
),

final as (
    select
        surrogate_key(org_unit_id) as org_unit_key,
        cast(row_number() over (order by org_unit_id) as integer) as bi_key,
        org_unit_id,
        org_unit_id as org_unit_name
    from named
)

select * from final
