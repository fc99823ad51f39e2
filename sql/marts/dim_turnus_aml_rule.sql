-- The working-time rules of definitions.md with their limits, in the report's order.
-- Grain: rule. Key: aml_rule_key; natural key rule_id.
-- Columns:
--   aml_rule_key: surrogate key of the rule.
--   bi_key: the integer key the publication gives it.
--   rule_id: the rule's id in definitions.md.
--   rule_order: its place in the report's breach table.
--   report_text_nb: the row text of the report.
--   limit_value: the limit.
--   limit_with_dispensation_value: the limit for a person with a dispensation, null where none applies.
--   limit_unit: the unit of the limits (hours, sundays).
--   comparison: at_least (a rest) or at_most (hours, overtime, Sundays).
--   dated_on: which day a breach is dated on (the interval's start day, the week's Sunday).
with rules as (
    select * from intermediate.int_turnus__aml_rules
),

final as (
    select
        surrogate_key(rule_id) as aml_rule_key,
        cast(row_number() over (order by rule_order, rule_id) as integer) as bi_key,
        rule_id,
        rule_order,
        report_text_nb,
        limit_value,
        limit_with_dispensation_value,
        limit_unit,
        comparison,
        dated_on
    from rules
)

select * from final
