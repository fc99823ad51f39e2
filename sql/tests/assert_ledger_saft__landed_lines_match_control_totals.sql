-- A SAF-T file landed without quarantined lines holds exactly the lines its control totals count.
-- grain: landed SAF-T file whose lines do not add up to its header's totals.
with files as (
    select * from staging.stg_ledger__saft_files
),

landed as (
    select file_name, records_quarantined from meta.landed_file where source = 'ledger' and feed = 'saft'
),

lines as (
    select source_file, count(distinct journal_id || ':' || transaction_id) as transactions,
        coalesce(sum(debit_amount_nok), 0) as debit_nok, coalesce(sum(credit_amount_nok), 0) as credit_nok
    from staging.stg_ledger__saft_lines
    group by source_file
)

select files.source_file, files.number_of_entries, lines.transactions, files.total_debit_nok, lines.debit_nok,
    files.total_credit_nok, lines.credit_nok
from files
join landed on landed.file_name = files.source_file
left join lines using (source_file)
where landed.records_quarantined = 0
  and (coalesce(lines.debit_nok, 0) <> files.total_debit_nok or coalesce(lines.credit_nok, 0) <> files.total_credit_nok)
