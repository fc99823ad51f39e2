-- Privacy settings of the run: the fewest persons a BI figure may be about (sources.md, "Personal data").
-- grain: one row. key: none.
-- Columns:
--   min_persons: the fewest persons a published staff figure may be about (--min-persons, HDO_DW_MIN_PERSONS; 5 at
--     the least and by default).
with final as (
    select coalesce(try_cast(min_persons_setting() as integer), 5) as min_persons
)

select * from final
