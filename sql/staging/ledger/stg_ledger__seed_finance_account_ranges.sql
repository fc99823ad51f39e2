-- Seed data (sql/seeds/ledger_finance_account_ranges.csv): the accounts each figure of `report finance` reads
-- (definitions.md, "Liquidity and investments"): liquidity the bank and cash accounts 1900-1999, activated
-- investments the fixed-asset accounts 1000-1299. Edit the CSV file to change them; it is data, not code.
-- Grain: figure. Key: figure.
-- Columns: figure (liquidity_nok, investments_ytd_nok), account_from and account_to (both inclusive),
-- range_name_nb (what the accounts are, in Norwegian).
with source as (
    select * from seeds.ledger_finance_account_ranges
),

typed as (
    select
        figure,
        cast(account_from as integer) as account_from,
        cast(account_to as integer) as account_to,
        range_name_nb
    from source
),

final as (
    select * from typed
)

select * from final
