-- Departments: SAF-T analysis type A (Avdeling) from the newest file naming each, plus departments only the
-- postings or the budget name, and one row for "no department". Grain: department. Key: department_key.
-- Columns:
--   department_key: surrogate key of the department (of the empty text for "no department").
--   bi_key: the integer key the publication gives the department.
--   department_id: the SAF-T analysis ID of type A, null for the row "no department".
--   department_name: the newest name a SAF-T file gives it.
with described as (
    select analysis_id as department_id, analysis_id_description as department_name,
        row_number() over (partition by analysis_id order by delivery_stamp desc, source_file desc, record_no) as delivery_rank
    from staging.stg_ledger__saft_analysis_types
    where analysis_type = 'A'
),

named as (
    select department_id from described
    union
    select department_id from intermediate.int_ledger__postings where department_id is not null
    union
    select department_id from intermediate.int_ledger__budget_latest where department_id is not null
),

departments as (
    select
        surrogate_key(named.department_id) as department_key,
        named.department_id,
        coalesce(described.department_name, 'Avdeling ' || named.department_id) as department_name
    from named
    left join described on described.department_id = named.department_id and described.delivery_rank = 1
    union all
    select surrogate_key(''), null, '(uten avdeling)'
),

final as (
    select
        department_key,
        cast(row_number() over (order by department_id nulls first) as integer) as bi_key,
        department_id,
        department_name
    from departments
)

select * from final
