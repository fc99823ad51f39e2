-- HOURS_4_WEEKS, "AML timer pr. 4 uker" (definitions.md): the working hours in the ISO week and
-- the 3 before it; a week without working time, or before the first delivered month, counts as 0
-- hours. A breach when above 192 h (216 h with dispensation on the week's Sunday). Dated the week's
-- Sunday. Weeks in which the person has working time are checked.
-- Grain: person x week with a breach. Key: (employee_key, breach_date).
with week_totals as (
    select * from intermediate.int_aml__week_totals
),

rules as (
    select * from intermediate.int_aml__rules
    where rule_id = 'HOURS_4_WEEKS'
),

checked as (
    select
        week_totals.employee_key,
        rules.rule_id,
        week_totals.week_sunday_date as breach_date,
        week_totals.working_hours_4_weeks as measured_value,
        case when week_totals.has_aml_dispensation
            then rules.limit_with_dispensation_value else rules.limit_value end as limit_value,
        week_totals.has_aml_dispensation,
    from week_totals
    cross join rules
),

final as (
    select * from checked
    where measured_value > limit_value
)

select * from final
