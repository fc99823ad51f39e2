-- Each general-ledger account as the newest SAF-T file that lists it describes it.
-- Grain: account. Key: account_id.
with accounts as (
    select * from staging.stg_ledger__saft_accounts
),

ranked as (
    select
        *,
        row_number() over (partition by account_id order by delivery_stamp desc, source_file desc, record_no) as delivery_rank,
    from accounts
),

final as (
    select * exclude (delivery_rank)
    from ranked
    where delivery_rank = 1
)

select * from final
