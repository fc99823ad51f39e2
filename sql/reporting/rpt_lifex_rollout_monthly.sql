-- The monthly series of the LifeX rollout (definitions.md, "LifeX rollout"), from the newest
-- snapshot only: cutovers = control rooms with status Omlagt whose Omlagt dato falls in the month,
-- cumulative = those with Omlagt dato on or before the month's last day. From the month of the
-- first snapshot (or of an earlier go-live it reports) to the month of the newest (definitions.md,
-- "Known months": the cumulative series is unknown after it, not 0), and not after the reporting
-- month. Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   cutovers: control rooms with status Omlagt in the newest snapshot whose Omlagt dato falls in the month.
--   cumulative: control rooms with status Omlagt whose Omlagt dato is on or before the month's last day.
--   control_rooms_in_tracker: the control rooms of the newest snapshot.
--   snapshot_date: the date of the newest snapshot, which the series is read from.
with months as (
    select * from marts.dim_calendar_month
),

current_rooms as (
    select * from intermediate.int_lifex__snapshot_history
    where is_current_snapshot
),

moved as (
    select cutover_date from current_rooms where is_moved
),

bounds as (
    select
        cast(date_trunc('month', least(
            (select min(snapshot_date) from staging.stg_lifex__snapshots),
            coalesce((select min(cutover_date) from moved), date '9999-12-31')
        )) as date) as first_month_start_date,
        (select max(snapshot_date) from staging.stg_lifex__snapshots) as snapshot_date,
        (select count(*) from current_rooms) as control_rooms
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        (select count(*) from moved where cutover_date between months.month_start_date and months.month_end_date) as cutovers,
        (select count(*) from moved where cutover_date <= months.month_end_date) as cumulative,
        bounds.control_rooms as control_rooms_in_tracker,
        bounds.snapshot_date
    from months
    cross join bounds
    where bounds.snapshot_date is not null
      and months.month_start_date >= bounds.first_month_start_date
      and months.month_start_date <= bounds.snapshot_date
      and months.month_start_date <= (select month_start_date from months where is_reporting_month)
)

select * from final
