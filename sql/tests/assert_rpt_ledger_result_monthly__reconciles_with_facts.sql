-- The monthly result table adds up to the posting and budget facts on mapped accounts.
-- grain: the one total that differs (actual or budget).
with report as (
    select sum(actual_nok) as actual_nok, sum(budget_nok) as budget_nok from reporting.rpt_ledger_result_monthly
),

facts as (
    select
        (select coalesce(sum(amount_nok), 0) from marts.fct_ledger_posting where report_line_key is not null) as actual_nok,
        (select coalesce(sum(amount_nok), 0) from marts.fct_ledger_budget where report_line_key is not null) as budget_nok
)

select report.*, facts.actual_nok as fact_actual_nok, facts.budget_nok as fact_budget_nok
from report, facts
where coalesce(report.actual_nok, 0) <> facts.actual_nok or coalesce(report.budget_nok, 0) <> facts.budget_nok
