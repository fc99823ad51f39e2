-- Absence spells, the newest delivery of each absence_id winning (sources.md: a long absence comes
-- in several monthly files). Grain: absence. Key: absence_id.
with absences as (
    select * from staging.stg_turnus__absences
),

final as (
    select *
    from absences
    qualify row_number() over (partition by absence_id order by delivery_stamp desc, source_file desc, record_no desc) = 1
)

select * from final
