-- The report's "Nøkkeltall i foretaket" (`report key-figures --month`, definitions.md, "Key figures
-- of the year"): for every report month, each key figure for each month from January of that year
-- to the report month, and for the year to date (period 'ytd'), with its target.
-- A month is known for breaches, overtime and call-outs when a shifts file was delivered for it,
-- for sick leave when an absences file was and someone had an agreed day; an unknown month has an
-- empty value, and so has the year to date of a figure with an unknown month in it.
-- The year to date of sick leave is lost over agreed days of the months, not a mean of percentages.
-- Grain: report month x figure x period. Key: (report_month_start_date, figure, period).
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   report_month_start_date: the report month (the first day).
--   report_month_label: the report month as yyyy-MM.
--   figure: the key figure ('sick_leave_pct', 'aml_breaches', 'overtime_hours', 'callout_hours').
--   figure_order: the figure's place in the report's table.
--   figure_name_nb: the figure as the report names it (Norwegian).
--   unit: the value's unit ('pct', 'count' or 'hours').
--   period: a month of the year as yyyy-MM, or 'ytd' for January to the report month.
--   period_order: the period's place (the months in order, the year to date last).
--   value: the figure for the period, unrounded; empty when unknown (a month without its file).
--   lost_days: sick leave's numerator, the lost agreed days of the period.
--   agreed_days: sick leave's denominator, the agreed days of the period.
--   month_count: the months in the period.
--   target_value: the limit the value must stay below (the monthly limit, times the months for a year to date that sums).
--   target_text_nb: the target as the report prints it ("< 5 %", "< 8 stk. pr. mnd.").
--   meets_target: value below target_value; empty without a target or a value.
with months as (
    select * from marts.dim_calendar_month
),

targets as (
    select * from staging.stg_turnus__seed_key_figure_targets
),

delivered as (
    select * from intermediate.int_turnus__delivered_months
),

sick_leave as (
    select * from reporting.rpt_turnus_sick_leave_monthly
),

hours as (
    select * from reporting.rpt_turnus_hours_monthly
),

breaches as (
    select month_key, count(*) as breach_count
    from marts.fct_turnus_aml_breach
    group by month_key
),

first_delivered as (
    select min(month_start_date) as month_start_date from delivered
),

report_months as (
    select months.month_start_date, months.month_label, months.year_number
    from months
    cross join first_delivered
    where months.month_start_date >= first_delivered.month_start_date
      and months.month_start_date <= (select month_start_date from months where is_reporting_month)
),

monthly as (
    select
        months.month_start_date,
        months.month_label,
        months.year_number,
        shifts_delivered.month_start_date is not null as has_shifts,
        sick_leave.lost_days_short_term + sick_leave.lost_days_long_term as lost_days,
        nullif(sick_leave.agreed_days, 0) as agreed_days,
        coalesce(breaches.breach_count, 0) as breach_count,
        coalesce(hours.overtime_hours, 0) as overtime_hours,
        coalesce(hours.callout_hours, 0) as callout_hours
    from months
    left join delivered as shifts_delivered
        on shifts_delivered.feed = 'shifts' and shifts_delivered.month_start_date = months.month_start_date
    left join sick_leave on sick_leave.month_start_date = months.month_start_date
    left join hours on hours.month_start_date = months.month_start_date
    left join breaches on breaches.month_key = months.month_key
),

monthly_figures as (
    select month_start_date, month_label, year_number, 'sick_leave_pct' as figure,
        100 * lost_days / agreed_days as value, lost_days, agreed_days
    from monthly
    union all
    select month_start_date, month_label, year_number, 'aml_breaches',
        case when has_shifts then breach_count end, null, null
    from monthly
    union all
    select month_start_date, month_label, year_number, 'overtime_hours',
        case when has_shifts then overtime_hours end, null, null
    from monthly
    union all
    select month_start_date, month_label, year_number, 'callout_hours',
        case when has_shifts then callout_hours end, null, null
    from monthly
),

periods as (
    select
        report_months.month_start_date as report_month_start_date,
        report_months.month_label as report_month_label,
        monthly_figures.*
    from report_months
    join monthly_figures
        on monthly_figures.year_number = report_months.year_number
        and monthly_figures.month_start_date <= report_months.month_start_date
),

per_month as (
    select
        report_month_start_date,
        report_month_label,
        figure,
        month_label as period,
        month(month_start_date) as period_order,
        value,
        lost_days,
        agreed_days,
        1 as month_count
    from periods
),

year_to_date as (
    select
        report_month_start_date,
        report_month_label,
        figure,
        'ytd' as period,
        13 as period_order,
        -- an unknown month makes the year to date unknown
        case
            when count(value) < count(*) then null
            when figure = 'sick_leave_pct' then 100 * sum(lost_days) / sum(agreed_days)
            else sum(value)
        end as value,
        sum(lost_days) as lost_days,
        sum(agreed_days) as agreed_days,
        count(*) as month_count
    from periods
    group by report_month_start_date, report_month_label, figure
),

final as (
    select
        figures.report_month_start_date,
        figures.report_month_label,
        figures.figure,
        targets.figure_order,
        targets.figure_name_nb,
        targets.unit,
        figures.period,
        figures.period_order,
        figures.value,
        figures.lost_days,
        figures.agreed_days,
        figures.month_count,
        case when targets.is_target_per_month then targets.target_per_month * figures.month_count
            else targets.target_per_month end as target_value,
        targets.target_text_nb,
        case when targets.is_target_per_month then targets.target_per_month * figures.month_count
            else targets.target_per_month end > figures.value as meets_target
    from (select * from per_month union all select * from year_to_date) as figures
    join targets using (figure)
)

select * from final
