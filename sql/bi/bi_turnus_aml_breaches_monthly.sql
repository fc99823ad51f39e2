-- Power BI: working-time breaches per month and rule. A breach is about a person, so a cell about
-- fewer than marts.privacy_settings.min_persons distinct persons is suppressed: breaches is null and
-- is_suppressed true. A cell with no breach is about nobody and shows 0.
-- Grain: month x rule. Key: (month_key, aml_rule_key).
with monthly as (
    select * from reporting.rpt_turnus_aml_breaches_monthly
),

months as (
    select * from marts.dim_calendar_month
),

settings as (
    select * from marts.privacy_settings
),

final as (
    select
        monthly.month_key,
        monthly.aml_rule_key,
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
)

select * from final
