-- The media log's components with the report's names (sources.md, medielogg/availability).
-- Grain: component. Key: component_key; natural key component_code.
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
