-- The media log's components with the report's names (sources.md, medielogg/availability).
-- Grain: component. Key: component_key; natural key component_code.
-- Columns:
--   component_key: surrogate key of the component.
--   bi_key: the integer key the publication gives it.
--   component_code: the code the availability files give it.
--   component_name_nb: the report's Norwegian name.
--   component_name_en: an English name.
--   sort_order: its place in the report's table.
with components as (
    select * from (values
        ('SENTRAL', 'Sentrale komponenter og samtalelogging', 'Central components and call logging', 1),
        ('SLUTTBRUKER', 'Tilgang for sluttbrukere', 'Access for end users', 2)
    ) as components(component_code, component_name_nb, component_name_en, sort_order)
),

final as (
    select
        surrogate_key(component_code) as component_key,
        cast(row_number() over (order by sort_order, component_code) as integer) as bi_key,
        component_code,
        component_name_nb,
        component_name_en,
        sort_order
    from components
)

select * from final
