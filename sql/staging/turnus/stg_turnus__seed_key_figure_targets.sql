-- Seed data (sql/seeds/turnus_key_figure_targets.csv): the key figures of the report's "Nøkkeltall i
-- foretaket" (definitions.md, "Key figures of the year") in the report's order, with their targets,
-- which the HR owners can change in the seed file. Grain: figure. Key: figure.
-- Columns: figure (the id report key-figures prints), figure_order, figure_name_nb (as the report
-- names it), unit (pct, count or hours), target_per_month (the monthly limit the figure must stay
-- below; null: no target), is_target_per_month (true: the year to date's limit is target_per_month x
-- the months, as for a count; false: the same limit, as for a share), target_text_nb (the report's wording).
with source as (
    select * from seeds.turnus_key_figure_targets
),

typed as (
    select
        figure,
        cast(figure_order as integer) as figure_order,
        figure_name_nb,
        unit,
        cast(nullif(cast(target_per_month as varchar), '') as double) as target_per_month,
        cast(is_target_per_month as boolean) as is_target_per_month,
        nullif(cast(target_text_nb as varchar), '') as target_text_nb
    from source
),

final as (
    select * from typed
)

select * from final
