-- Opening and closing balances of the general-ledger accounts in each SAF-T file's master data
-- (MasterFiles/GeneralLedgerAccounts/Account), at the start and at the end of the file's selection,
-- in the ledger's sign (debit positive: debit balance - credit balance).
-- Grain: account x source_file, for the accounts the file gives a balance. Key: (account_id, source_file).
-- Columns: opening_balance_nok and closing_balance_nok (null when the file gives neither side).
with source as (
    select * from raw.ledger__saft
    where record_kind = 'account'
      and coalesce(opening_debit_balance, opening_credit_balance, closing_debit_balance, closing_credit_balance) is not null
),

renamed as (
    select
        account_id,
        try_cast(account_id as integer) as account_number,
        case
            when opening_debit_balance is not null or opening_credit_balance is not null
                then coalesce(opening_debit_balance, 0) - coalesce(opening_credit_balance, 0)
        end as opening_balance_nok,
        case
            when closing_debit_balance is not null or closing_credit_balance is not null
                then coalesce(closing_debit_balance, 0) - coalesce(closing_credit_balance, 0)
        end as closing_balance_nok,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
