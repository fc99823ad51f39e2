-- Power BI: every ledger posting in effect, with readable names; keys join to bi_ledger_accounts,
-- bi_ledger_report_lines, bi_ledger_departments, bi_ledger_customers, bi_calendar_month and bi_calendar_date.
-- Grain: posting line. Key: posting_key.
with postings as (
    select * from marts.fct_ledger_posting
),

final as (
    select
        postings.posting_key,
        postings.account_key,
        postings.report_line_key,
        postings.department_key,
        postings.customer_key,
        postings.month_key,
        postings.transaction_date_key as date_key,
        postings.account_id as "Konto",
        accounts.account_description as "Kontonavn",
        lines.report_line_name as "Rapportlinje",
        departments.department_name as "Avdeling",
        postings.project_id as "Prosjekt",
        postings.transaction_date as "Bilagsdato",
        postings.journal_id as "Journal",
        postings.transaction_id as "Bilag",
        postings.description as "Tekst",
        postings.debit_amount_nok as "Debet NOK",
        postings.credit_amount_nok as "Kredit NOK",
        postings.amount_nok as "Beløp NOK"
    from postings
    left join marts.dim_ledger_account as accounts on accounts.account_key = postings.account_key
    left join marts.dim_ledger_report_line as lines on lines.report_line_key = postings.report_line_key
    left join marts.dim_ledger_department as departments on departments.department_key = postings.department_key
)

select * from final
