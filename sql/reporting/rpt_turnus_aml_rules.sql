-- The working-time rules in the report's order, published so that `hdo-dw report aml-breaches`
-- can list every rule, breaches or not: dim_turnus_aml_rule as it is, but for the internal dated_on.
-- Grain: rule. Key: rule_id.
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
