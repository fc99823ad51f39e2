-- The sites (centres) whose calls the media log records, by name as the media log gives it.
-- Grain: site. Key: site_key; natural key site_name.
-- Columns:
--   site_key: surrogate key of the site.
--   bi_key: the integer key the publication gives it.
--   site_name: the site as the media log names it.
with sites as (
    select distinct site_name
    from intermediate.int_medielogg__calls_latest
),

final as (
    select
        surrogate_key(site_name) as site_key,
        cast(row_number() over (order by site_name) as integer) as bi_key,
        site_name
    from sites
)

select * from final
