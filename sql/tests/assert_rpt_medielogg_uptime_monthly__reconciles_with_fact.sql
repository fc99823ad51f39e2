-- The uptime series is the monthly fact, component by component, for every month with a file up to the reporting month.
select monthly.month_label, monthly.central_pct, central.uptime_pct as central_fact_pct, monthly.end_user_pct, end_user.uptime_pct as end_user_fact_pct
from reporting.rpt_medielogg_uptime_monthly as monthly
left join marts.fct_medielogg_uptime_monthly as central
  on central.month_key = monthly.month_key and central.component_code = 'SENTRAL'
left join marts.fct_medielogg_uptime_monthly as end_user
  on end_user.month_key = monthly.month_key and end_user.component_code = 'SLUTTBRUKER'
where monthly.central_pct is distinct from central.uptime_pct
   or monthly.end_user_pct is distinct from end_user.uptime_pct
