-- The lines of the business report's result table, with their order, kind and sum row; the sign factor turns
-- the ledger's sign into the shown one (revenue: credit - debit). Grain: report line. Key: report_line_key.
with lines as (
    select * from staging.stg_ledger__seed_report_lines
),

final as (
    select
        surrogate_key(report_line_name) as report_line_key,
        cast(row_number() over (order by line_order, report_line_name) as integer) as bi_key,
        report_line_name,
        line_order,
        line_kind,
        sum_group,
        case when line_kind = 'revenue' then -1 else 1 end as shown_sign_factor
    from lines
)

select * from final
