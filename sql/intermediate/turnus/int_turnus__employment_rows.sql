-- The employment rows of the newest employees file ("newest file is the whole truth", sources.md),
-- each flagged when it overlaps another row of the same person: both such rows are quarantined
-- (int_turnus__quarantined) and left out of int_turnus__employments.
-- Grain: employment row of the newest file. Key: record_no.
-- The other columns are those of stg_turnus__employees, described there.
-- Columns:
--   has_overlap: the row overlaps another row of the same person, so both are quarantined.
--   overlapping_record_no: the record number of the row it overlaps.
with employees as (
    select * from staging.stg_turnus__employees
),

-- From the registry, not from the rows: a newest file whose every row was bad still wins.
newest_file as (
    select file_name
    from landed_files('turnus')
    where feed = 'employees'
    order by delivery_stamp desc, file_name desc
    limit 1
),

latest as (
    select employees.*
    from employees
    join newest_file on newest_file.file_name = employees.source_file
),

overlapping as (
    select
        this_row.record_no,
        min(other_row.record_no) as overlapping_record_no
    from latest as this_row
    join latest as other_row
        on other_row.employee_key = this_row.employee_key
        and other_row.record_no <> this_row.record_no
        and other_row.valid_from <= coalesce(this_row.valid_to, date '9999-12-31')
        and this_row.valid_from <= coalesce(other_row.valid_to, date '9999-12-31')
    group by this_row.record_no
),

final as (
    select
        latest.*,
        overlapping.record_no is not null as has_overlap,
        overlapping.overlapping_record_no
    from latest
    left join overlapping using (record_no)
)

select * from final
