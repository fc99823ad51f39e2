-- OVERTIME_52_WEEKS, "Overtid pr. 52 uker" (definitions.md): the OT hours in the ISO week and the 51
-- before it; a week without working time, or before the first delivered month, counts as 0 hours.
-- A breach when above 200 h (300 h with dispensation on the week's Sunday). Dated the week's Sunday.
-- Weeks in which the person has working time are checked.
-- Grain: person x week with a breach. Key: (employee_key, breach_date).
with weeks as (
    select * from intermediate.int_aml__weeks
),

measured as (
    select
        employee_key,
        week_sunday_date as breach_date,
        sum(overtime_hours) over (
            partition by employee_key order by week_number
            range between 51 preceding and current row
        ) as measured_value,
    from weeks
),

with_limit as (
    select
        measured.*,
        rules.rule_id,
        coalesce(dispensation.has_aml_dispensation, false) as has_aml_dispensation,
        case when coalesce(dispensation.has_aml_dispensation, false)
            then rules.limit_with_dispensation_value else rules.limit_value end as limit_value,
    from measured
    join intermediate.int_aml__rules as rules on rules.rule_id = 'OVERTIME_52_WEEKS'
    left join intermediate.int_aml__dispensation_days as dispensation
        on dispensation.employee_key = measured.employee_key
        and dispensation.calendar_date = measured.breach_date
),

final as (
    select
        employee_key,
        rule_id,
        breach_date,
        measured_value,
        limit_value,
        has_aml_dispensation,
    from with_limit
    where measured_value > limit_value
)

select * from final
