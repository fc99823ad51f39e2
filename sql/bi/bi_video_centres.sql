-- Power BI: the centres that take video calls, which bi_video_calls relates to.
-- Grain: centre. Key: video_centre_key.
-- Columns:
--   video_centre_key: the centre's number in this publication (in name order).
--   centre_name: the centre as the platforms name it ("(ukjent)" when a call names none).
with centres as (
    select * from marts.dim_video_centre
),

final as (
    select
        bi_key as video_centre_key,
        centre_name
    from centres
)

select * from final
