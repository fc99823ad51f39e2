-- The ledger's lines that are in effect: for each period, the lines of the file that supplies it.
-- Grain: posting line. Key: (source_file, record_no).
-- Columns: those of stg_ledger__saft_lines, described there.
with lines as (
    select * from staging.stg_ledger__saft_lines
),

period_files as (
    select * from intermediate.int_ledger__saft_period_files
),

final as (
    select lines.*
    from lines
    join period_files
      on period_files.source_file = lines.source_file
     and period_files.period_start_date = lines.period_start_date
)

select * from final
