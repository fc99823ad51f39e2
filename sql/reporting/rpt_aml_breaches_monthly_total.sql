-- Working-time breaches per month, all rules together (`trend aml-breaches`): every month from the
-- first month with a delivered shift to the reporting month, zeros included. person_count is the
-- number of distinct persons with a breach in the month.
-- Grain: month. Key: month_start_date.
with months as (
    select * from marts.dim_month
),

breaches as (
    select * from marts.fct_aml_breach
),

bounds as (
    select cast(date_trunc('month', min(timezone('Europe/Oslo', start_at))) as date) as first_month_start_date
    from intermediate.int_turnus__shifts
),

per_month as (
    select
        month_key,
        count(*) as breach_count,
        count(distinct employee_key) as person_count,
    from breaches
    group by month_key
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        coalesce(per_month.breach_count, 0) as breach_count,
        coalesce(per_month.person_count, 0) as person_count,
    from months
    cross join bounds
    left join per_month using (month_key)
    where months.month_start_date >= bounds.first_month_start_date
      and months.month_start_date <= (select month_start_date from months where is_reporting_month)
)

select * from final
