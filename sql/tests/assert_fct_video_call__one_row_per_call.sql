-- A call appears once per platform, however many deliveries carried it.
-- Checks each key apart: a call's rows are counted by themselves.
select platform, video_call_id, count(*) as row_count
from marts.fct_video_call
group by platform, video_call_id
having count(*) > 1
