-- The lines of the business report's result table, with their order, kind and sum row; the sign factor turns
-- the ledger's sign into the shown one (revenue: credit - debit). Grain: report line. Key: report_line_key.
-- Columns:
--   report_line_key: surrogate key of the report line.
--   bi_key: the integer key the publication gives the line.
--   report_line_name: the line as the report's result table names it.
--   line_order: its place in the table.
--   line_kind: revenue, cost or finance.
--   sum_group: the sum row it adds up into.
--   shown_sign_factor: -1 for revenue (shown as credit - debit), else 1.
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
