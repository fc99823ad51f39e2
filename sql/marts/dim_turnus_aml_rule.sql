-- The working-time rules of definitions.md with their limits, in the report's order.
-- Grain: rule. Key: aml_rule_key; natural key rule_id.
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
