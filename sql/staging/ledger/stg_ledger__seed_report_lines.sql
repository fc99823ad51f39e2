-- Seed data (sql/seeds/ledger_report_lines.csv): the lines of the business report's result table
-- (definitions.md, "Result vs budget"), in the report's order, with their kind and the sum row they add up to.
-- Edit the CSV file to change the report; it is data, not code.
-- Grain: report line. Key: report_line_name.
-- Columns: line_order (place in the table; the gaps are the sum rows), report_line_name (as printed),
-- line_kind (revenue, cost or finance), sum_group (the sum row the line adds up to).
with source as (
    select * from seeds.ledger_report_lines
),

typed as (
    select
        cast(line_order as integer) as line_order,
        report_line_name,
        line_kind,
        sum_group
    from source
),

final as (
    select * from typed
)

select * from final
