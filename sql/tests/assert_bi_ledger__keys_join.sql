-- The ledger's BI views join on their keys: every key in a fact view is in its dimension view, so Power BI
-- relationships lose no row. grain: fact view x key column x key value without a dimension row.
select 'bi_ledger_postings' as view_name, 'account_key' as key_name, cast(account_key as varchar) as key_value
from bi.bi_ledger_postings where account_key is null or account_key not in (select account_key from bi.bi_ledger_accounts)
union all
select 'bi_ledger_postings', 'report_line_key', cast(report_line_key as varchar)
from bi.bi_ledger_postings where report_line_key is not null and report_line_key not in (select report_line_key from bi.bi_ledger_report_lines)
union all
select 'bi_ledger_postings', 'department_key', cast(department_key as varchar)
from bi.bi_ledger_postings where department_key is null or department_key not in (select department_key from bi.bi_ledger_departments)
union all
select 'bi_ledger_postings', 'customer_key', cast(customer_key as varchar)
from bi.bi_ledger_postings where customer_key is not null and customer_key not in (select customer_key from bi.bi_ledger_customers)
union all
select 'bi_ledger_postings', 'month_key', cast(month_key as varchar)
from bi.bi_ledger_postings where month_key is null or month_key not in (select month_key from bi.bi_calendar_month)
union all
select 'bi_ledger_budget', 'account_key', cast(account_key as varchar)
from bi.bi_ledger_budget where account_key is null or account_key not in (select account_key from bi.bi_ledger_accounts)
union all
select 'bi_ledger_budget', 'department_key', cast(department_key as varchar)
from bi.bi_ledger_budget where department_key is null or department_key not in (select department_key from bi.bi_ledger_departments)
union all
select 'bi_ledger_result_monthly', 'month_key', cast(month_key as varchar)
from bi.bi_ledger_result_monthly where month_key is null or month_key not in (select month_key from bi.bi_calendar_month)
union all
select 'bi_ledger_receivables_open_items', 'customer_key', cast(customer_key as varchar)
from bi.bi_ledger_receivables_open_items where customer_key is null or customer_key not in (select customer_key from bi.bi_ledger_customers)
