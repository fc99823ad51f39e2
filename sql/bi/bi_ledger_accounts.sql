-- Power BI: the general-ledger accounts with their report line. Grain: account. Key: account_key.
with accounts as (
    select * from marts.dim_ledger_account
),

final as (
    select
        account_key,
        report_line_key,
        account_id as "Konto",
        account_description as "Kontonavn",
        coalesce(grouping_code, standard_account_id) as "Standardkonto",
        grouping_category as "Grupperingskategori",
        report_line_name as "Rapportlinje",
        is_result_account as "Resultatkonto"
    from accounts
)

select * from final
