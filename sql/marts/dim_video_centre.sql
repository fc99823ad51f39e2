-- The centres that take video calls, by name as the platforms give it.
-- Grain: centre. Key: video_centre_key; natural key centre_name.
-- Columns:
--   video_centre_key: surrogate key of the centre.
--   bi_key: the integer key the publication gives it.
--   centre_name: the centre as the platforms name it ("(ukjent)" where a call names none).
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
