-- Short-term and long-term sick leave add up to the total (definitions.md).
select month_label, short_term_pct, long_term_pct, total_pct
from reporting.rpt_turnus_sick_leave_monthly
where abs(short_term_pct + long_term_pct - total_pct) > 1e-9
