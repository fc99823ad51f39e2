-- Power BI: the report lines of the result table in the report's order. Grain: report line. Key: report_line_key.
-- Columns:
--   report_line_key: the report line's number in this publication (in the report's order).
--   report_line_name: the line's name as the business report prints it.
--   line_order: the line's place in the result table.
--   line_kind: 'revenue', 'cost' or 'finance'; revenue is shown credit less debit, the others debit less credit.
--   sum_group: the group whose sum row the line adds to (Omsetning, Personalkostnader, Driftskostnader, Finans).
with lines as (
    select * from marts.dim_ledger_report_line
),

final as (
    select
        bi_key as report_line_key,
        report_line_name,
        line_order,
        line_kind,
        sum_group
    from lines
)

select * from final
