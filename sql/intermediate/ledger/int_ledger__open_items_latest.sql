-- Open items in effect: per as-of date the newest delivered file; every as-of date is kept
-- (sources.md, ledger/receivables). Grain: open item x as-of date. Key: (source_file, record_no).
-- Columns: those of stg_ledger__receivables, described there.
with items as (
    select * from staging.stg_ledger__receivables
),

newest as (
    select as_of_date, max(delivery_stamp) as delivery_stamp
    from items
    group by as_of_date
),

final as (
    select items.*
    from items
    join newest using (as_of_date, delivery_stamp)
)

select * from final
