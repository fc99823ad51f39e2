-- The working-time breaches (definitions.md, "Working-time breaches"): every measured value of the
-- rule models checked in one place against the limits of int_turnus__aml_rules. The limit is the second
-- value when the person has AML dispensation on the day the value is dated (int_turnus__aml_dispensation_days);
-- an at_most rule is broken when the value is above its limit, an at_least rule (the rests) when it
-- is below (exactly the limit is fine).
-- Grain: breach. Key: (rule_id, employee_key, breach_date).
-- every rule model gives the same four columns: employee_key, rule_id, breach_date, measured_value
with measured as (
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_daily_rest
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_weekly_rest
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_daily_hours
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_overtime_week
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_overtime_4_weeks
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_overtime_52_weeks
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_hours_week
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_hours_4_weeks
    union all
    select employee_key, rule_id, breach_date, measured_value from intermediate.int_turnus__aml_sundays_in_a_row
),

rules as (
    select * from intermediate.int_turnus__aml_rules
),

dispensation as (
    select * from intermediate.int_turnus__aml_dispensation_days
),

with_limit as (
    select
        measured.employee_key,
        measured.rule_id,
        measured.breach_date,
        measured.measured_value,
        rules.comparison,
        coalesce(dispensation.has_aml_dispensation, false) as has_aml_dispensation,
        case when coalesce(dispensation.has_aml_dispensation, false)
            then rules.limit_with_dispensation_value else rules.limit_value end as limit_value
    from measured
    join rules using (rule_id)
    left join dispensation
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
        has_aml_dispensation
    from with_limit
    where (comparison = 'at_most' and measured_value > limit_value)
       or (comparison = 'at_least' and measured_value < limit_value)
)

select * from final
