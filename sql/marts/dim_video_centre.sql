-- The centres that take video calls, by name as the platforms give it.
-- Grain: centre. Key: video_centre_key; natural key centre_name.
with centres as (
    select distinct coalesce(centre_name, '(ukjent)') as centre_name
    from intermediate.int_video__calls_latest
),

final as (
    select
        surrogate_key(centre_name) as video_centre_key,
        cast(row_number() over (order by centre_name) as integer) as bi_key,
        centre_name
    from centres
)

select * from final
