-- The months the turnus feeds were delivered for: the period in the name of each shifts and
-- absences file. The staff series start at the first of them. Grain: feed x month. Key: (feed, month_start_date).
-- Columns:
--   feed: shifts or absences.
--   month_start_date: the first day of a month a file was delivered for.
with landed as (
    select feed, file_name from landed_files('turnus') where feed in ('shifts', 'absences')
),

final as (
    select distinct
        feed,
        cast(regexp_extract(file_name, '^' || feed || '_(\d{4}-\d{2})_', 1) || '-01' as date) as month_start_date
    from landed
)

select * from final
