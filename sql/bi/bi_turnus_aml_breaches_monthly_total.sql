-- Power BI: working-time breaches per month, all rules together. Suppressed (breaches null,
-- is_suppressed true) when the month's breaches are about fewer than marts.privacy_settings.min_persons
-- distinct persons, and also when exactly one rule of the month is suppressed in
-- bi_turnus_aml_breaches_monthly: the total less the shown rules would give that one away.
-- Grain: month. Key: month_key.
-- Suppression: the month's total is hidden when its breaches are about 1 to min_persons - 1 persons, or when exactly one rule of the month is hidden.
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   month_name_nb: the month's Norwegian name.
--   year_number: the calendar year.
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
--   is_suppressed: the total is hidden (see the suppression rule), so breaches is empty.
--   breaches: the breaches of all rules in the month; empty when suppressed.
with monthly as (
    select * from reporting.rpt_turnus_aml_breaches_monthly_total
),

by_rule as (
    select * from bi.bi_turnus_aml_breaches_monthly
),

months as (
    select * from marts.dim_calendar_month
),

settings as (
    select * from marts.privacy_settings
),

suppressed_rules as (
    select month_key, count(*) filter (where is_suppressed) as suppressed_rule_count
    from by_rule
    group by month_key
),

flagged as (
    select
        monthly.*,
        (monthly.person_count > 0 and monthly.person_count < settings.min_persons)
            or coalesce(suppressed_rules.suppressed_rule_count, 0) = 1 as is_suppressed
    from monthly
    cross join settings
    left join suppressed_rules using (month_key)
),

final as (
    select
        cast(flagged.month_key as integer) as month_key,
        months.month_start_date,
        months.month_label,
        months.month_name_nb,
        months.year_number,
        months.is_year_to_date,
        months.is_last_13_months,
        flagged.is_suppressed,
        case when flagged.is_suppressed then null else flagged.breach_count end as breaches
    from flagged
    join months using (month_key)
)

select * from final
