-- The account -> report-line mapping as delivered by the finance owners (ledger/mapping), every delivery.
-- Grain: mapping row x source_file. Key: (source_file, record_no).
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
