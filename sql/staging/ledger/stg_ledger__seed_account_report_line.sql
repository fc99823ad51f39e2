-- Seed data (sql/seeds/ledger_account_report_line.csv): which report line each account range maps to
-- (definitions.md, the default mapping), with dates of validity so that a change of mapping can be dated: to
-- move a range, end its row (valid_to) and add a row from the next day. Accounts outside 3000-8199 are
-- balance-sheet accounts and map to no line. A delivered ledger/mapping file replaces this default.
-- Grain: account range x validity. Key: (account_from, valid_from).
-- Columns: report_line_name (a line of stg_ledger__seed_report_lines), account_from and account_to (the range,
-- both inclusive), valid_from and valid_to (inclusive; null valid_to: open-ended).
with source as (
    select * from seeds.ledger_account_report_line
),

typed as (
    select
        report_line_name,
        cast(account_from as integer) as account_from,
        cast(account_to as integer) as account_to,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to
    from source
),

final as (
    select * from typed
)

select * from final
