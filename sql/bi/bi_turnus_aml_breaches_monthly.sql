-- Power BI: working-time breaches per month and rule. A breach is about a person, so a cell about
-- fewer than marts.privacy_settings.min_persons distinct persons is suppressed: breaches is null and
-- is_suppressed true. A cell with no breach is about nobody and shows 0.
-- Grain: month x rule. Key: (month_key, aml_rule_key).
-- Suppression: a cell about 1 to min_persons - 1 distinct persons (default 5) has breaches empty and is_suppressed true.
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   aml_rule_key: the working-time rule (bi_turnus_aml_rules).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   month_name_nb: the month's Norwegian name.
--   year_number: the calendar year.
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
--   rule_id: the rule's id (definitions.md, "Working-time rules").
--   rule_order: the rule's place in the report's table.
--   rule_name: the rule as the report's table names it (Norwegian).
--   is_suppressed: the cell is about 1 to min_persons - 1 persons, so breaches is empty.
--   breaches: the breaches of the rule in the month (0: none); empty when suppressed.
with monthly as (
    select * from reporting.rpt_turnus_aml_breaches_monthly
),

rules as (
    select * from marts.dim_turnus_aml_rule
),

months as (
    select * from marts.dim_calendar_month
),

settings as (
    select * from marts.privacy_settings
),

final as (
    select
        cast(monthly.month_key as integer) as month_key,
        rules.bi_key as aml_rule_key,
        months.month_start_date,
        months.month_label,
        months.month_name_nb,
        months.year_number,
        months.is_year_to_date,
        months.is_last_13_months,
        monthly.rule_id,
        monthly.rule_order,
        monthly.report_text_nb as rule_name,
        monthly.person_count > 0 and monthly.person_count < settings.min_persons as is_suppressed,
        case when monthly.person_count > 0 and monthly.person_count < settings.min_persons
            then null else monthly.breach_count end as breaches
    from monthly
    cross join settings
    join months using (month_key)
    left join rules on rules.aml_rule_key = monthly.aml_rule_key
)

select * from final
