-- Every SAF-T delivery's own opening balance plus its lines equals its closing balance, account by account
-- (sources.md, ledger/saft). The landing refuses a whole delivery (_1_1) that does not add up; this test also
-- checks the parts of a split delivery together (their lines summed over the parts). Deliveries with
-- quarantined lines are skipped: their landed lines are not all the file's lines.
-- grain: account of a delivery (company, delivery stamp) whose balances do not add up.
with files as (
    select * from staging.stg_ledger__saft_files
),

balances as (
    select * from staging.stg_ledger__saft_balances
),

lines as (
    select * from staging.stg_ledger__saft_lines
),

landed as (
    select file_name, records_quarantined from meta.landed_file where source = 'ledger' and feed = 'saft'
),

deliveries as (
    select company_id, delivery_stamp
    from files
    join landed on landed.file_name = files.source_file
    group by company_id, delivery_stamp
    having sum(landed.records_quarantined) = 0
),

delivery_balances as (
    select files.company_id, files.delivery_stamp, balances.account_id,
        max(balances.opening_balance_nok) as opening_balance_nok,
        max(balances.closing_balance_nok) as closing_balance_nok
    from balances
    join files on files.source_file = balances.source_file
    where balances.opening_balance_nok is not null
      and balances.closing_balance_nok is not null
    group by files.company_id, files.delivery_stamp, balances.account_id
),

delivery_lines as (
    select files.company_id, files.delivery_stamp, lines.account_id, sum(lines.amount_nok) as lines_nok
    from lines
    join files on files.source_file = lines.source_file
    group by files.company_id, files.delivery_stamp, lines.account_id
)

select delivery_balances.company_id, delivery_balances.delivery_stamp, delivery_balances.account_id,
    delivery_balances.opening_balance_nok, coalesce(delivery_lines.lines_nok, 0) as lines_nok,
    delivery_balances.closing_balance_nok
from delivery_balances
join deliveries
  on deliveries.company_id = delivery_balances.company_id
 and deliveries.delivery_stamp = delivery_balances.delivery_stamp
left join delivery_lines
  on delivery_lines.company_id = delivery_balances.company_id
 and delivery_lines.delivery_stamp = delivery_balances.delivery_stamp
 and delivery_lines.account_id = delivery_balances.account_id
where delivery_balances.opening_balance_nok + coalesce(delivery_lines.lines_nok, 0) <> delivery_balances.closing_balance_nok
