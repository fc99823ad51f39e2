-- One uptime row per month and component.
select month_key, component_code, count(*) as rows_found
from marts.fct_medielogg_uptime_monthly
group by month_key, component_code
having count(*) <> 1
