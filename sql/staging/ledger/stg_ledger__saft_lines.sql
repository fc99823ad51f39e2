-- Transaction lines of every landed SAF-T file, in the ledger's sign (amount = debit - credit).
-- Grain: line x source_file. Key: (source_file, record_no).
with source as (
    select * from raw.ledger__saft
    where record_kind = 'line'
),

renamed as (
    select
        journal_id,
        transaction_id,
        record_id,
        period_year,
        period,
        make_date(period_year, period, 1) as period_start_date,
        transaction_date,
        account_id,
        try_cast(account_id as integer) as account_number,
        department_id,
        project_id,
        other_analysis,
        customer_id,
        supplier_id,
        description,
        debit_amount as debit_amount_nok,
        credit_amount as credit_amount_nok,
        coalesce(debit_amount, 0) - coalesce(credit_amount, 0) as amount_nok,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
