-- General-ledger accounts: the newest SAF-T master data, plus accounts only the budget or the postings name,
-- with the report line the mapping gives them on the run date. Grain: account. Key: account_key.
with master as (
    select * from intermediate.int_ledger__accounts_latest
),

named as (
    select account_id from master
    union
    select account_id from intermediate.int_ledger__postings
    union
    select account_id from intermediate.int_ledger__budget_latest
),

mapping as (
    select * from intermediate.int_ledger__account_report_line
),

final as (
    select
        surrogate_key(named.account_id) as account_key,
        cast(row_number() over (order by named.account_id) as integer) as bi_key,
        named.account_id,
        try_cast(named.account_id as integer) as account_number,
        coalesce(master.account_description, '(ukjent konto ' || named.account_id || ')') as account_description,
        master.standard_account_id,
        master.grouping_category,
        master.grouping_code,
        master.account_type,
        master.account_id is not null as is_in_master_data,
        coalesce(try_cast(named.account_id as integer) between 3000 and 8199, false) as is_result_account,
        surrogate_key(mapping.report_line_name) as report_line_key,
        mapping.report_line_name
    from named
    left join master using (account_id)
    left join mapping
      on try_cast(named.account_id as integer) between mapping.account_from and mapping.account_to
     and run_date() >= mapping.valid_from
     and (mapping.valid_to is null or run_date() <= mapping.valid_to)
)

select * from final
