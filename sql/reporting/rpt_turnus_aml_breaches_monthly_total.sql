-- Working-time breaches per month, all rules together (`trend aml-breaches`): every month of
-- rpt_turnus_aml_breaches_monthly (the months a shifts file was delivered for, to the reporting month),
-- zeros included. person_count is the number of distinct persons with a breach in the month, so it
-- is counted on the fact, not summed over the rules.
-- Grain: month. Key: month_start_date.
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   breach_count: the breaches of all rules dated in the month.
--   person_count: the distinct persons with a breach in the month (counted on the fact, not summed over the rules).
with months as (
    select distinct month_start_date, month_key, month_label
    from reporting.rpt_turnus_aml_breaches_monthly
),

breaches as (
    select * from marts.fct_turnus_aml_breach
),

per_month as (
    select
        month_key,
        count(*) as breach_count,
        count(distinct employee_key) as person_count
    from breaches
    group by month_key
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        coalesce(per_month.breach_count, 0) as breach_count,
        coalesce(per_month.person_count, 0) as person_count
    from months
    left join per_month using (month_key)
)

select * from final
