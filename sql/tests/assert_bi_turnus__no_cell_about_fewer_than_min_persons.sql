-- No BI figure about fewer persons than the privacy settings allow (sources.md, "Personal data").
select 'bi_turnus_headcount_monthly' as view_name, month_label, org_unit_name
from bi.bi_turnus_headcount_monthly
where persons < (select min_persons from marts.privacy_settings) or (is_suppressed and (persons is not null or fte is not null))
union all
select 'bi_turnus_sick_leave_monthly', month_label, org_unit_name
from bi.bi_turnus_sick_leave_monthly
where persons < (select min_persons from marts.privacy_settings) or (is_suppressed and (persons is not null or total_pct is not null))
union all
select 'bi_turnus_hours_monthly', month_label, org_unit_name
from bi.bi_turnus_hours_monthly
where persons < (select min_persons from marts.privacy_settings) or (is_suppressed and (persons is not null or hours is not null))
