-- No BI figure about working-time breaches is about fewer persons than marts.privacy_settings.min_persons.
select 'by rule' as view_name, monthly.month_key, monthly.rule_id, monthly.person_count, shown.breaches
from bi.bi_turnus_aml_breaches_monthly as shown
join reporting.rpt_turnus_aml_breaches_monthly as monthly using (month_key, rule_id)
where shown.breaches is not null
  and monthly.person_count > 0
  and monthly.person_count < (select min_persons from marts.privacy_settings)
union all
select 'total', totals.month_key, null, totals.person_count, shown.breaches
from bi.bi_turnus_aml_breaches_monthly_total as shown
join reporting.rpt_turnus_aml_breaches_monthly_total as totals using (month_key)
where shown.breaches is not null
  and totals.person_count > 0
  and totals.person_count < (select min_persons from marts.privacy_settings)
