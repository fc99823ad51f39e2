-- Breaches per rule and their share of all breaches over a period of months (`report aml-breaches
-- --summary`, definitions.md, "Share of breaches per rule"): for every period from_month..to_month
-- of at most 13 months ending in a month from the first delivered shifts month to the reporting
-- month, one row per rule in the report's order and a last row rule_id = 'TOTAL'.
-- share_pct = 100 x rule breaches / all breaches of the period, unrounded, empty when there are none.
-- A period with a month without a shifts file has empty breaches and shares (unknown, not 0).
-- Grain: period x rule. Key: (from_month_start_date, to_month_start_date, rule_id).
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   from_month_start_date: the period's first month.
--   to_month_start_date: the period's last month.
--   from_month_label: the period's first month as yyyy-MM.
--   to_month_label: the period's last month as yyyy-MM.
--   rule_id: the rule's id, or 'TOTAL' for the period's total row.
--   rule_order: the report's order; the total last.
--   report_text_nb: the rule's text in the report ("Totalt" for the total).
--   breach_count: the rule's breaches in the period; empty when a month of the period has no shifts file.
--   share_pct: 100 x the rule's breaches / all breaches of the period, unrounded; empty when there are none.
with months as (
    select * from marts.dim_calendar_month
),

rules as (
    select * from marts.dim_turnus_aml_rule
),

breaches as (
    select * from marts.fct_turnus_aml_breach
),

shifts_months as (
    select month_start_date from intermediate.int_turnus__delivered_months where feed = 'shifts'
),

bounds as (
    select
        min(month_start_date) as first_month_start_date,
        (select month_start_date from months where is_reporting_month) as last_month_start_date
    from shifts_months
),

periods as (
    select
        from_months.month_start_date as from_month_start_date,
        to_months.month_start_date as to_month_start_date,
        from_months.month_label as from_month_label,
        to_months.month_label as to_month_label
    from months as from_months
    join months as to_months
        on to_months.month_start_date >= from_months.month_start_date
        and to_months.month_start_date < from_months.month_start_date + interval 13 month
    cross join bounds
    where to_months.month_start_date >= bounds.first_month_start_date
      and to_months.month_start_date <= bounds.last_month_start_date
      and from_months.month_start_date >= bounds.first_month_start_date
),

period_coverage as (
    select
        periods.from_month_start_date,
        periods.to_month_start_date,
        count(*) = count(shifts_months.month_start_date) as is_known
    from periods
    join months
        on months.month_start_date between periods.from_month_start_date and periods.to_month_start_date
    left join shifts_months using (month_start_date)
    group by periods.from_month_start_date, periods.to_month_start_date
),

breach_months as (
    select
        rule_id,
        cast(date_trunc('month', breach_date) as date) as month_start_date,
        count(*) as breach_count
    from breaches
    group by rule_id, cast(date_trunc('month', breach_date) as date)
),

per_rule as (
    select
        periods.from_month_start_date,
        periods.to_month_start_date,
        rules.rule_id,
        rules.rule_order,
        rules.report_text_nb,
        coalesce(sum(breach_months.breach_count), 0) as breach_count
    from periods
    cross join rules
    left join breach_months
        on breach_months.rule_id = rules.rule_id
        and breach_months.month_start_date between periods.from_month_start_date and periods.to_month_start_date
    group by periods.from_month_start_date, periods.to_month_start_date, rules.rule_id, rules.rule_order, rules.report_text_nb
),

with_total as (
    select from_month_start_date, to_month_start_date, rule_id, rule_order, report_text_nb, breach_count
    from per_rule
    union all
    select from_month_start_date, to_month_start_date, 'TOTAL', 99, 'Totalt', sum(breach_count)
    from per_rule
    group by from_month_start_date, to_month_start_date
),

final as (
    select
        periods.from_month_start_date,
        periods.to_month_start_date,
        periods.from_month_label,
        periods.to_month_label,
        with_total.rule_id,
        with_total.rule_order,
        with_total.report_text_nb,
        case when period_coverage.is_known then with_total.breach_count end as breach_count,
        case when period_coverage.is_known then
            100.0 * with_total.breach_count
            / nullif(sum(with_total.breach_count) filter (where with_total.rule_id <> 'TOTAL')
                over (partition by with_total.from_month_start_date, with_total.to_month_start_date), 0)
        end as share_pct
    from with_total
    join periods using (from_month_start_date, to_month_start_date)
    join period_coverage using (from_month_start_date, to_month_start_date)
)

select * from final
