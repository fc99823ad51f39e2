-- One row per working-time breach (definitions.md, "Working-time breaches"): the person, the rule,
-- the date the breach is dated, the measured value, the limit that applied and whether it was the
-- dispensation limit. One event can break several rules, and a rule on several days: each counts.
-- Grain: breach. Key: aml_breach_key; natural key (rule_id, employee_key, breach_date).
-- Materialized: incremental by month month_key;
--   months from intermediate.int_turnus__aml_breach_months
-- Columns:
--   aml_breach_key: surrogate key of the breach.
--   employee_key: the HMAC pseudonym of the person.
--   aml_rule_key: surrogate key of the rule.
--   rule_id: the rule.
--   breach_date: the date the breach is dated.
--   breach_date_key: that date as yyyymmdd.
--   month_key: its month as yyyymm.
--   measured_value: what was measured, in the rule's unit.
--   limit_value: the limit that applied.
--   limit_unit: the unit of both.
--   has_aml_dispensation: whether the dispensation limit applied.
with breaches as (
    select * from intermediate.int_turnus__aml_breaches
),

rules as (
    select * from marts.dim_turnus_aml_rule
),

final as (
    select
        surrogate_key(breaches.rule_id || ':' || breaches.employee_key || ':' || date_label(breaches.breach_date)) as aml_breach_key,
        breaches.employee_key,
        rules.aml_rule_key,
        breaches.rule_id,
        breaches.breach_date,
        date_key(breaches.breach_date) as breach_date_key,
        year(breaches.breach_date) * 100 + month(breaches.breach_date) as month_key,
        cast(breaches.measured_value as double) as measured_value,
        cast(breaches.limit_value as double) as limit_value,
        rules.limit_unit,
        breaches.has_aml_dispensation
    from breaches
    join rules using (rule_id)
)

select * from final
