-- The days int_turnus__aml_dispensation_days covers: from the first to a week after the last delivered
-- shift, so that every breach date (a week's Sunday included) is covered.
-- Grain: one row. Key: first_date.
-- Columns:
--   first_date: the Oslo date of the first shift's start.
--   last_date: a week after the Oslo date of the last shift's end.
with shifts as (
    select * from intermediate.int_turnus__shifts
),

final as (
    select
        cast(min(oslo_wall_clock(start_at)) as date) as first_date,
        cast(max(oslo_wall_clock(end_at)) as date) + 7 as last_date
    from shifts
)

select * from final
