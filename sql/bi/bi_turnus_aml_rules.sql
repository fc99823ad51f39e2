-- Power BI: the working-time rules of definitions.md with their limits, in the report's order, which
-- bi_turnus_aml_breaches_monthly relates to. Grain: rule. Key: aml_rule_key.
-- Columns:
--   aml_rule_key: the rule's number in this publication (in the report's order).
--   rule_id: the rule's id (definitions.md, "Working-time rules").
--   rule_order: the rule's place in the report's table.
--   rule_name: the rule as the report's table names it (Norwegian).
--   limit_value: the rule's limit, in limit_unit.
--   limit_with_dispensation_value: the limit for a person with a dispensation from the working-time rules.
--   limit_unit: the unit of the limits ('hours' or 'sundays').
--   comparison: 'at_least' (a value below the limit breaks the rule) or 'at_most' (a value above it does).
with rules as (
    select * from marts.dim_turnus_aml_rule
),

final as (
    select
        bi_key as aml_rule_key,
        rule_id,
        rule_order,
        report_text_nb as rule_name,
        cast(limit_value as double) as limit_value,
        cast(limit_with_dispensation_value as double) as limit_with_dispensation_value,
        limit_unit,
        comparison
    from rules
)

select * from final
