-- The working-time rules in the report's order, published so that `hdo-dw report aml-breaches`
-- can list every rule, breaches or not. Grain: rule. Key: rule_id.
with final as (
    select
        aml_rule_key,
        rule_id,
        rule_order,
        report_text_nb,
        limit_value,
        limit_with_dispensation_value,
        limit_unit,
        comparison,
    from marts.dim_aml_rule
)

select * from final
