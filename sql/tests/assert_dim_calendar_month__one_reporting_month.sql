-- Exactly one month is the reporting month.
select count(*) as reporting_months
from marts.dim_calendar_month
where is_reporting_month
having count(*) <> 1
