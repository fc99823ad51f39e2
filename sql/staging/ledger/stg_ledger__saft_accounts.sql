-- General-ledger accounts of each SAF-T file's master data (1.20 StandardAccountID, 1.30 GroupingCategory/Code).
-- Grain: account x source_file. Key: (account_id, source_file).
with source as (
    select * from raw.ledger__saft
    where record_kind = 'account'
),

renamed as (
    select
        account_id,
        try_cast(account_id as integer) as account_number,
        account_description,
        standard_account_id,
        grouping_category,
        grouping_code,
        account_type,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
