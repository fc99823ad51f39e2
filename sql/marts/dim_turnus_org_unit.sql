-- Organisational units of the rostering system, as named in the employment rows and shifts.
-- Grain: org unit. Key: org_unit_key (MD5 of org_unit_id); natural key org_unit_id.
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
