-- Whether a person has AML dispensation on a day: a limit's second value applies to a person with
-- aml_dispensation = J on the day the breach is dated (definitions.md). A day covered by several
-- employment rows has dispensation when any of them has it; a day without an employment row has none
-- (no row here). The days of int_turnus__aml_dispensation_span.
-- Grain: person x day with an employment. Key: (employee_key, calendar_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   calendar_date: the day.
--   has_aml_dispensation: whether an employment row of the day has dispensation.
with employments as (
    select * from intermediate.int_turnus__employments
),

shift_span as (
    select * from intermediate.int_turnus__aml_dispensation_span
),

employment_days as (
    select
        employments.employee_key,
        employments.has_aml_dispensation,
        cast(days_of(
            cast(greatest(employments.valid_from, shift_span.first_date) as timestamp),
            cast(least(coalesce(employments.valid_to, shift_span.last_date), shift_span.last_date) as timestamp)
        ) as date) as calendar_date
    from employments
    cross join shift_span
    where shift_span.first_date is not null
),

final as (
    select
        employee_key,
        calendar_date,
        bool_or(coalesce(has_aml_dispensation, false)) as has_aml_dispensation
    from employment_days
    group by employee_key, calendar_date
)

select * from final
