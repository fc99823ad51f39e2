-- Working-time breaches per month and rule (`report aml-breaches`): every rule in every month a
-- shifts file was delivered for, up to the reporting month, zeros included (definitions.md, "Known
-- months": another month is unknown, so it has no row); a breach counts
-- in the month of its date. person_count is the number of persons the cell is about.
-- Grain: month x rule. Key: (month_start_date, rule_id).
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   aml_rule_key: the rule (an MD5 hash of rule_id, as in the marts).
--   rule_id: the rule's id (definitions.md, "Working-time rules").
--   rule_order: the rule's place in the report's table.
--   report_text_nb: the rule as the report's table names it (Norwegian).
--   breach_count: the rule's breaches dated in the month (0: none).
--   person_count: the distinct persons the breaches are about.
with months as (
    select * from marts.dim_calendar_month
),

rules as (
    select * from marts.dim_turnus_aml_rule
),

breaches as (
    select * from marts.fct_turnus_aml_breach
),

covered_months as (
    select month_start_date
    from intermediate.int_turnus__delivered_months
    where feed = 'shifts'
),

per_month_and_rule as (
    select
        month_key,
        rule_id,
        count(*) as breach_count,
        count(distinct employee_key) as person_count
    from breaches
    group by month_key, rule_id
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        rules.aml_rule_key,
        rules.rule_id,
        rules.rule_order,
        rules.report_text_nb,
        coalesce(per_month_and_rule.breach_count, 0) as breach_count,
        coalesce(per_month_and_rule.person_count, 0) as person_count
    from months
    join covered_months using (month_start_date)
    cross join rules
    left join per_month_and_rule
        on per_month_and_rule.month_key = months.month_key
        and per_month_and_rule.rule_id = rules.rule_id
    where months.month_start_date <= (select month_start_date from months where is_reporting_month)
)

select * from final
