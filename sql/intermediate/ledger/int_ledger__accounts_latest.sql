-- Each general-ledger account as the newest SAF-T file that lists it describes it.
-- Grain: account. Key: account_id.
-- Columns: those of stg_ledger__saft_accounts, described there.
with accounts as (
    select * from staging.stg_ledger__saft_accounts
),

ranked as (
    select
        *,
        row_number() over (partition by account_id order by delivery_stamp desc, source_file desc, record_no) as delivery_rank
    from accounts
),

final as (
    select
        account_id,
        account_number,
        account_description,
        standard_account_id,
        grouping_category,
        grouping_code,
        account_type,
        source_file,
        delivery_stamp,
        record_no
    from ranked
    where delivery_rank = 1
)

select * from final
