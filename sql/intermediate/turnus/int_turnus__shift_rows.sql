-- The shifts of the newest file of each month ("per month: newest", sources.md), one row per
-- shift_id (the newest delivery of an id wins should two winning files hold it), flagged when
-- the person has no employment on the shift's (Oslo) start date: such a shift is quarantined
-- (int_turnus__quarantined) and left out of int_turnus__shifts, and so is a shift that does not start in the
-- month of its file.
-- Grain: shift. Key: shift_id.
-- The other columns are those of stg_turnus__shifts, described there.
-- Columns:
--   has_employment: the person has an employment on the shift's Oslo start date (a shift without one is quarantined).
--   starts_in_file_month: the shift starts (Oslo time) in the month of its file's name; the file for a month holds
--     the shifts that start in it (sources.md), so one that does not is quarantined as misfiled.
-- Materialized: table (read by int_turnus__shifts and by the quarantine's copy after every build: as a
-- view it would be computed again each night, turnus delivery or not).
with shifts as (
    select * from staging.stg_turnus__shifts
),

employments as (
    select * from intermediate.int_turnus__employments
),

-- From the registry, not from the rows: a newest file whose every row was bad still wins its month.
newest_per_month as (
    select
        file_name,
        row_number() over (
            partition by regexp_extract(file_name, '^shifts_(\d{4}-\d{2})_', 1)
            order by delivery_stamp desc, file_name desc
        ) as delivery_rank
    from landed_files('turnus')
    where feed = 'shifts'
),

winning as (
    select shifts.*
    from shifts
    join newest_per_month on newest_per_month.file_name = shifts.source_file and newest_per_month.delivery_rank = 1
),

ranked as (
    select
        *,
        row_number() over (partition by shift_id order by delivery_stamp desc, source_file desc, record_no desc) as delivery_rank
    from winning
),

deduplicated as (
    select
        shift_id,
        employee_key,
        org_unit_id,
        shift_type,
        start_at,
        end_at,
        start_local,
        end_local,
        duration_hours,
        delivery_month,
        source_file,
        delivery_stamp,
        record_no
    from ranked
    where delivery_rank = 1
),

employed as (
    select distinct deduplicated.shift_id
    from deduplicated
    join employments
        on employments.employee_key = deduplicated.employee_key
        and cast(deduplicated.start_local as date) between employments.valid_from and coalesce(employments.valid_to, date '9999-12-31')
),

final as (
    select
        deduplicated.*,
        employed.shift_id is not null as has_employment,
        month_label(cast(deduplicated.start_local as date))
            = regexp_extract(deduplicated.source_file, '^shifts_(\d{4}-\d{2})_', 1) as starts_in_file_month
    from deduplicated
    left join employed using (shift_id)
)

select * from final
