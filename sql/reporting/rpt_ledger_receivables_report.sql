-- The receivables table of the business report (definitions.md, "Customer receivables"; cli.md, report
-- receivables) for every delivered as-of date: the ten aging buckets in the report's order, then "Sum".
-- Amounts in NOK, unrounded. Grain: as-of date x row. Key: (as_of_date, row_order).
-- Columns:
--   as_of_date: the date of the open-items snapshot.
--   row_order: the row's place: 1-10 the aging buckets, 11 the sum.
--   row_name: the row as the report prints it.
--   row_kind: 'bucket' or 'sum'.
--   amount_nok: the open items of the bucket (or all of them) in NOK, credit notes negative, unrounded.
with aging as (
    select * from reporting.rpt_ledger_receivables_aging
),

report_rows as (
    select
        as_of_date,
        bucket_order as row_order,
        bucket_name as row_name,
        'bucket' as row_kind,
        amount_nok
    from aging

    union all

    select
        as_of_date,
        max(bucket_order) + 1 as row_order,
        'Sum' as row_name,
        'sum' as row_kind,
        sum(amount_nok) as amount_nok
    from aging
    group by as_of_date
),

final as (
    select * from report_rows
)

select * from final
