-- Power BI: the media log's components, which bi_medielogg_uptime_monthly relates to.
-- Grain: component. Key: component_key.
-- Columns:
--   component_key: the component's number in this publication (in the report's order).
--   component_code: SENTRAL (central components and call logging) or SLUTTBRUKER (access for end users).
--   component_name: the component's Norwegian name, as the report prints it.
--   component_name_en: the component's English name.
--   sort_order: the component's place in the report.
with components as (
    select * from marts.dim_medielogg_component
),

final as (
    select
        bi_key as component_key,
        component_code,
        component_name_nb as component_name,
        component_name_en,
        cast(sort_order as integer) as sort_order
    from components
)

select * from final
