-- Seed data (sql/seeds/ledger_liquidity_minimum.csv): the lowest liquidity the board wants (definitions.md,
-- "Liquidity and investments"; default 30 000 000 NOK), from a date on; a new row changes it from its date.
-- Grain: value from a date. Key: valid_from.
-- Columns: liquidity_minimum_nok (NOK), valid_from (first day the minimum applies).
with source as (
    select * from seeds.ledger_liquidity_minimum
),

typed as (
    select
        cast(liquidity_minimum_nok as decimal(18, 2)) as liquidity_minimum_nok,
        cast(valid_from as date) as valid_from
    from source
),

final as (
    select * from typed
)

select * from final
