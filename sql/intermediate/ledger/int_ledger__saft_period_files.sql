-- Which SAF-T delivery supplies each (year, period): the newest file whose header selection covers it
-- (sources.md, ledger/saft). The parts of one delivery (_1_3, _2_3, ...) share its stamp and supply it together.
-- Grain: period x winning file. Key: (period_start_date, source_file).
-- Columns:
--   period_start_date: the first day of the accounting period.
--   source_file: a file of the delivery that supplies it (all parts of a split delivery).
--   delivery_stamp: that delivery's stamp.
-- Materialized: table (the periods whose rows change here are the months fct_ledger_posting rewrites).
with files as (
    select * from staging.stg_ledger__saft_files
),

covered as (
    select
        cast(months_of(files.selection_start_month, files.selection_end_month) as date) as period_start_date,
        files.source_file,
        files.delivery_stamp
    from files
),

ranked as (
    select
        *,
        dense_rank() over (partition by period_start_date order by delivery_stamp desc) as delivery_rank
    from covered
),

final as (
    select period_start_date, source_file, delivery_stamp
    from ranked
    where delivery_rank = 1
)

select * from final
