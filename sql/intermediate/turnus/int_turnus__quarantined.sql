-- The turnus records that only checks across records can find bad (sources.md): employment rows
-- of one person that overlap (both are quarantined), shifts of a person with no employment on
-- the shift's date, and shifts that do not start in the month of their file. BuildQuarantine copies new rows into meta.quarantined_record after the build.
-- The value never shows an employee_no. Grain: quarantined record. Key: (file_name, record_no).
-- Columns:
--   source: turnus.
--   feed: employees or shifts.
--   file_name: the delivered file.
--   sha256: its content hash.
--   record_no: the row's record number in it.
--   field: the field found bad.
--   value: its value (a pseudonym, never an employee number).
--   reason: why the row is quarantined (an overlapping employment, a shift without employment, a shift filed in
--     another month than it starts in).
with employment_rows as (
    select * from intermediate.int_turnus__employment_rows
),

shift_rows as (
    select * from intermediate.int_turnus__shift_rows
),

landed as (
    select source, feed, file_name, sha256 from landed_files('turnus')
),

overlapping_employments as (
    select
        'turnus' as source,
        'employees' as feed,
        employment_rows.source_file as file_name,
        landed.sha256,
        employment_rows.record_no,
        'valid_from' as field,
        date_label(employment_rows.valid_from) || '..' || coalesce(date_label(employment_rows.valid_to), '') as value,
        'the employment row overlaps line ' || employment_rows.overlapping_record_no
            || ' of the same person: both rows are quarantined' as reason
    from employment_rows
    join landed on landed.feed = 'employees' and landed.file_name = employment_rows.source_file
    where employment_rows.has_overlap
),

shifts_without_employment as (
    select
        'turnus' as source,
        'shifts' as feed,
        shift_rows.source_file as file_name,
        landed.sha256,
        shift_rows.record_no,
        'employee_no' as field,
        '***' as value,
        'the employee_no (pseudonym ' || left(shift_rows.employee_key, 12) || '...) has no employment on '
            || date_label(shift_rows.start_local) as reason
    from shift_rows
    join landed on landed.feed = 'shifts' and landed.file_name = shift_rows.source_file
    where not shift_rows.has_employment and shift_rows.starts_in_file_month
),

shifts_outside_their_month as (
    select
        'turnus' as source,
        'shifts' as feed,
        shift_rows.source_file as file_name,
        landed.sha256,
        shift_rows.record_no,
        'start' as field,
        left(cast(shift_rows.start_local as varchar), 16) as value,
        'the shift starts in ' || month_label(cast(shift_rows.start_local as date)) || ', not in '
            || regexp_extract(shift_rows.source_file, '^shifts_(\d{4}-\d{2})_', 1)
            || ', the month of its file (the file for a month holds the shifts that start in it)' as reason
    from shift_rows
    join landed on landed.feed = 'shifts' and landed.file_name = shift_rows.source_file
    where not shift_rows.starts_in_file_month
),

final as (
    select * from overlapping_employments
    union all
    select * from shifts_without_employment
    union all
    select * from shifts_outside_their_month
)

select * from final
