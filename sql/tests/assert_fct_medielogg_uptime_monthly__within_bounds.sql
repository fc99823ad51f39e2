-- Uptime is a share of the month: between 0 and 100 %, and outage time never longer than the month.
select month_key, component_code, uptime_pct, unplanned_outage_seconds, seconds_in_month
from marts.fct_medielogg_uptime_monthly
where uptime_pct < 0 or uptime_pct > 100 or unplanned_outage_seconds > seconds_in_month
