-- The account -> report-line mapping as delivered by the finance owners (ledger/mapping), every delivery.
-- Grain: mapping row x source_file. Key: (source_file, record_no).
-- Columns:
--   report_line_name: the report line the accounts go to.
--   account_from: the first account of the range.
--   account_to: the last account of the range.
--   valid_from: the first day the row applies.
--   valid_to: the last day it applies, null while open.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
with source as (
    select * from raw.ledger__mapping
),

renamed as (
    select
        report_line_name,
        account_from,
        account_to,
        valid_from,
        valid_to,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
