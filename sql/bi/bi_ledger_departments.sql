-- Power BI: the departments (SAF-T analysis type A). Grain: department. Key: department_key.
-- Columns:
--   department_key: the department's number in this publication (1 is "no department").
--   department_id: the department's code (SAF-T analysis type A); empty for "(uten avdeling)".
--   department_name: the department's name, or "Avdeling <code>" when no file describes it.
with departments as (
    select * from marts.dim_ledger_department
),

final as (
    select
        bi_key as department_key,
        department_id,
        department_name
    from departments
)

select * from final
