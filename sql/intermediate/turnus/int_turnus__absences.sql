-- Absence spells, the newest delivery of each absence_id winning (sources.md: a long absence comes
-- in several monthly files). Grain: absence. Key: absence_id.
-- Columns: those of stg_turnus__absences, described there.
with absences as (
    select * from staging.stg_turnus__absences
),

ranked as (
    select
        *,
        row_number() over (partition by absence_id order by delivery_stamp desc, source_file desc, record_no desc) as delivery_rank
    from absences
),

final as (
    select
        absence_id,
        employee_key,
        from_date,
        to_date,
        absence_code,
        degree_pct,
        is_sick_leave,
        delivery_month,
        source_file,
        delivery_stamp,
        record_no
    from ranked
    where delivery_rank = 1
)

select * from final
