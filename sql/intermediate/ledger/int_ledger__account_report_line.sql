-- The account -> report-line mapping in effect: the newest delivered mapping file is the whole mapping; until
-- one is delivered, the project's seed (definitions.md's default). Grain: account range x validity.
-- Key: (account_from, valid_from).
-- Columns:
--   report_line_name: the report line the accounts go to.
--   account_from: the first account of the range.
--   account_to: the last account of the range.
--   valid_from: the first day the row applies.
--   valid_to: the last day it applies, null while open.
--   mapping_source: the mapping file the row is from, or the seed while no file is delivered.
with delivered as (
    select * from staging.stg_ledger__mapping
),

newest as (
    select max(delivery_stamp) as delivery_stamp from delivered
),

from_delivery as (
    select report_line_name, account_from, account_to, valid_from, valid_to, source_file as mapping_source
    from delivered
    where delivery_stamp = (select delivery_stamp from newest)
),

from_seed as (
    select report_line_name, account_from, account_to, valid_from, valid_to, 'seed' as mapping_source
    from staging.stg_ledger__seed_account_report_line
    where not exists (select 1 from delivered)
),

final as (
    select * from from_delivery
    union all
    select * from from_seed
)

select * from final
