-- The monthly series per rule and the monthly totals add up to the breaches in the fact, month by month.
with from_fact as (
    select month_key, rule_id, count(*) as breaches
    from marts.fct_turnus_aml_breach
    group by month_key, rule_id
),

by_rule_totals as (
    select month_key, sum(breach_count) as breaches, count(*) as rules
    from reporting.rpt_turnus_aml_breaches_monthly
    group by month_key
)

select 'by rule' as check_name, monthly.month_key, monthly.rule_id, monthly.breach_count, from_fact.breaches
from reporting.rpt_turnus_aml_breaches_monthly as monthly
left join from_fact using (month_key, rule_id)
where monthly.breach_count <> coalesce(from_fact.breaches, 0)
union all
select 'total', totals.month_key, null, totals.breach_count, by_rule_totals.breaches
from reporting.rpt_turnus_aml_breaches_monthly_total as totals
left join by_rule_totals using (month_key)
where totals.breach_count <> coalesce(by_rule_totals.breaches, -1)
   or by_rule_totals.rules <> (select count(*) from marts.dim_turnus_aml_rule)
