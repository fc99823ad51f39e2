-- Overtime and call-out hours per month (definitions.md, "Overtime and call-outs"): the real elapsed
-- hours of OT and of UTR shifts by the Oslo month of their start, for the months a shifts file was
-- delivered for (definitions.md, "Known months": another month is unknown, so it has no row), up to
-- the reporting month. Grain: month. Key: month_start_date.
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   overtime_hours: the real elapsed hours of overtime shifts (OT) starting in the month (Oslo).
--   callout_hours: the real elapsed hours of call-outs during standby (UTR) starting in the month.
--   overtime_shifts: the overtime shifts.
--   callout_shifts: the call-out shifts.
with months as (
    select * from marts.dim_calendar_month
),

shifts as (
    select * from marts.fct_turnus_shift
),

covered_months as (
    select month_start_date
    from intermediate.int_turnus__delivered_months
    where feed = 'shifts'
),

per_month as (
    select
        month_key,
        sum(duration_seconds) filter (where shift_type = 'OT') / 3600.0 as overtime_hours,
        sum(duration_seconds) filter (where shift_type = 'UTR') / 3600.0 as callout_hours,
        count(*) filter (where shift_type = 'OT') as overtime_shifts,
        count(*) filter (where shift_type = 'UTR') as callout_shifts
    from shifts
    group by month_key
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        coalesce(per_month.overtime_hours, 0) as overtime_hours,
        coalesce(per_month.callout_hours, 0) as callout_hours,
        coalesce(per_month.overtime_shifts, 0) as overtime_shifts,
        coalesce(per_month.callout_shifts, 0) as callout_shifts
    from months
    join covered_months using (month_start_date)
    left join per_month using (month_key)
    where months.month_start_date <= (select month_start_date from months where is_reporting_month)
)

select * from final
