-- Privacy settings of the run: the fewest persons a BI figure may be about (sources.md, "Personal data").
-- grain: one row. key: none.
with final as (
    select coalesce(try_cast(min_persons_setting() as integer), 5) as min_persons
)

select * from final
