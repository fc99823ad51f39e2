-- The working-time rules in the report's order, published so that `hdo-dw report aml-breaches`
-- can list every rule, breaches or not: dim_turnus_aml_rule as it is, but for the internal dated_on.
-- Grain: rule. Key: rule_id.
-- Columns:
--   aml_rule_key: the rule (an MD5 hash of rule_id, as in the marts).
--   rule_id: the rule's id (definitions.md, "Working-time rules").
--   rule_order: the rule's place in the report's table.
--   report_text_nb: the rule as the report's table names it (Norwegian).
--   limit_value: the rule's limit, in limit_unit.
--   limit_with_dispensation_value: the limit for a person with a dispensation from the working-time rules.
--   limit_unit: the unit of the limits ('hours' or 'sundays').
--   comparison: 'at_least' (a value below the limit breaks the rule) or 'at_most' (a value above it does).
with rules as (
    select * from marts.dim_turnus_aml_rule
),

final as (
    select
        aml_rule_key,
        rule_id,
        rule_order,
        report_text_nb,
        limit_value,
        limit_with_dispensation_value,
        limit_unit,
        comparison
    from rules
)

select * from final
