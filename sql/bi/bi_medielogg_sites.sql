-- Power BI: the sites (centres) whose calls the media log records, which bi_medielogg_calls_daily
-- and bi_medielogg_calls_monthly relate to. Grain: site. Key: site_key.
-- Columns:
--   site_key: the site's number in this publication (in name order).
--   site_name: the site (centre) as the media log names it.
with sites as (
    select * from marts.dim_medielogg_site
),

final as (
    select
        bi_key as site_key,
        site_name
    from sites
)

select * from final
