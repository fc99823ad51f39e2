-- General-ledger accounts of each SAF-T file's master data (1.20 StandardAccountID, 1.30 GroupingCategory/Code).
-- Grain: account x source_file. Key: (account_id, source_file).
-- Columns:
--   account_id: the account (text).
--   account_number: the account as an integer, null if it is not one.
--   account_description: the master data's name of the account.
--   standard_account_id: the tax authority's standard account it maps to.
--   grouping_category: the SAF-T grouping category.
--   grouping_code: the SAF-T grouping code.
--   account_type: the SAF-T account type.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
