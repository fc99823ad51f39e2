-- The working-time rules of definitions.md ("Working-time breaches"), as data: the report text, the
-- order of the report, the limit and the limit for a person with AML dispensation, and which way the
-- limit goes (at_least: a breach when the measured value is below it; at_most: above it).
-- SUNDAYS_IN_A_ROW has no number in definitions.md ("—"): it is held as at most 1 Sunday in a row.
-- Grain: rule. Key: rule_id.
-- Columns:
--   rule_id: the rule's id in definitions.md.
--   rule_order: its place in the report's breach table.
--   report_text_nb: the row text of the report.
--   limit_value: the limit.
--   limit_with_dispensation_value: the limit for a person with dispensation on the breach's date.
--   limit_unit: hours or sundays.
--   comparison: at_least (a rest) or at_most.
--   dated_on: which day a breach is dated on.
with rules as (
    select *
    from (values
        ('DAILY_REST',        1, 'Hviletid i løpet av 24 timer', 11,  8,   'hours',   'at_least', 'day of the interval start'),
        ('WEEKLY_REST',       2, 'Hviletid i løpet av 7 dager',  35,  28,  'hours',   'at_least', 'Sunday of the week'),
        ('DAILY_HOURS',       3, 'Arbeidstimer pr. dag',         13,  16,  'hours',   'at_most',  'day of the interval start'),
        ('OVERTIME_WEEK',     4, 'Overtid pr. 7 dager',          10,  20,  'hours',   'at_most',  'Sunday of the week'),
        ('OVERTIME_4_WEEKS',  5, 'Overtid pr. 4 uker',           25,  50,  'hours',   'at_most',  'Sunday of the week'),
        ('OVERTIME_52_WEEKS', 6, 'Overtid pr. 52 uker',          200, 300, 'hours',   'at_most',  'Sunday of the week'),
        ('HOURS_WEEK',        7, 'AML timer pr. uke',            48,  54,  'hours',   'at_most',  'Sunday of the week'),
        ('HOURS_4_WEEKS',     8, 'AML timer pr. 4 uker',         192, 216, 'hours',   'at_most',  'Sunday of the week'),
        ('SUNDAYS_IN_A_ROW',  9, 'Søndager på rad',              1,   1,   'sundays', 'at_most',  'the Sunday')
    ) as rules (rule_id, rule_order, report_text_nb, limit_value, limit_with_dispensation_value, limit_unit, comparison, dated_on)
),

final as (
    select
        cast(rule_id as varchar) as rule_id,
        cast(rule_order as integer) as rule_order,
        cast(report_text_nb as varchar) as report_text_nb,
        cast(limit_value as double) as limit_value,
        cast(limit_with_dispensation_value as double) as limit_with_dispensation_value,
        cast(limit_unit as varchar) as limit_unit,
        cast(comparison as varchar) as comparison,
        cast(dated_on as varchar) as dated_on
    from rules
)

select * from final
