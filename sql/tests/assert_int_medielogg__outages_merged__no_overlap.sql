-- Merged outage intervals of one month, component and kind never overlap.
select a.month_start_date, a.component_code, a.is_planned, a.interval_no, b.interval_no as overlapping_interval_no
from intermediate.int_medielogg__outages_merged as a
join intermediate.int_medielogg__outages_merged as b
  on a.month_start_date = b.month_start_date
 and a.component_code = b.component_code
 and a.is_planned = b.is_planned
 and a.interval_no < b.interval_no
 and a.end_at > b.start_at
 and b.end_at > a.start_at
