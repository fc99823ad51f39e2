-- Power BI: the report lines of the result table in the report's order. Grain: report line. Key: report_line_key.
with lines as (
    select * from marts.dim_ledger_report_line
),

final as (
    select
        report_line_key,
        report_line_name as "Rapportlinje",
        line_order as "Rekkefølge",
        line_kind as "Type",
        sum_group as "Sumlinje"
    from lines
)

select * from final
