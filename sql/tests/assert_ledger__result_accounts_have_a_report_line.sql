-- Every posting and budget line on an account in 3000-8199 maps to a report line (definitions.md): an
-- account without one is named here, and the run stops before publishing.
-- grain: account x month x source of the unmapped amounts.
select 'posting' as found_in, account_id, month_key, source_file, count(*) as lines, sum(amount_nok) as amount_nok
from marts.fct_ledger_posting
where is_result_account and report_line_key is null
group by account_id, month_key, source_file
union all
select 'budget', account_id, month_key, source_file, count(*), sum(amount_nok)
from marts.fct_ledger_budget
where is_result_account and report_line_key is null
group by account_id, month_key, source_file
