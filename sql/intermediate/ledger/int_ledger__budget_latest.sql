-- The budget in effect: per year the newest delivered budget file (sources.md, ledger/budget).
-- Grain: budget line. Key: (source_file, record_no).
-- Columns: those of stg_ledger__budget, described there.
with budget as (
    select * from staging.stg_ledger__budget
),

newest as (
    select budget_year, max(delivery_stamp) as delivery_stamp
    from budget
    group by budget_year
),

final as (
    select budget.*
    from budget
    join newest using (budget_year, delivery_stamp)
)

select * from final
