-- General-ledger accounts: the newest SAF-T master data, plus accounts only the budget or the postings name,
-- with the report line the mapping gives them on the run date. Grain: account. Key: account_key.
-- Columns:
--   account_key: surrogate key of the account.
--   bi_key: the integer key the publication gives the account.
--   account_id: the account number as the ledger gives it (text).
--   account_number: the account number as an integer, null if it is not one.
--   account_description: the master data's name, or "(ukjent konto <id>)" for an account no master data names.
--   standard_account_id: the tax authority's standard account the master data maps it to.
--   grouping_category: the SAF-T grouping category.
--   grouping_code: the SAF-T grouping code.
--   account_type: the SAF-T account type.
--   is_in_master_data: whether a SAF-T master data names the account.
--   is_result_account: an account of the result (3000-8199).
--   report_line_key: surrogate key of the report line the mapping gives the account on the run date.
--   report_line_name: that report line, null where the mapping gives none.
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
