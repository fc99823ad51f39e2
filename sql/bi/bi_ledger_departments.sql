-- Power BI: the departments (SAF-T analysis type A). Grain: department. Key: department_key.
with departments as (
    select * from marts.dim_ledger_department
),

final as (
    select
        department_key,
        department_id as "Avdelingsnummer",
        department_name as "Avdeling"
    from departments
)

select * from final
