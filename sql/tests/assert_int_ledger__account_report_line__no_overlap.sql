-- The mapping in effect (seed or delivered) gives an account at most one report line on any day: no two rows overlap in accounts and dates.
-- grain: pair of overlapping mapping rows.
with mapping as (
    select * from intermediate.int_ledger__account_report_line
)

select a.report_line_name, a.account_from, a.account_to, a.valid_from, b.report_line_name as other_line, b.account_from as other_from
from mapping as a
join mapping as b
  on (a.account_from, a.valid_from) < (b.account_from, b.valid_from)
 and a.account_from <= b.account_to and b.account_from <= a.account_to
 and a.valid_from <= coalesce(b.valid_to, date '9999-12-31') and b.valid_from <= coalesce(a.valid_to, date '9999-12-31')
