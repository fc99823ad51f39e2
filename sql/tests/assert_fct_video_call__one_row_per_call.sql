-- A call appears once per platform, however many deliveries carried it.
select platform, video_call_id, count(*) as row_count
from marts.fct_video_call
group by platform, video_call_id
having count(*) > 1
