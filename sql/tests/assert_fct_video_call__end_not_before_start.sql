-- No call ends before it starts.
-- Checks each key apart: each row by itself.
select video_call_key, start_at, end_at
from marts.fct_video_call
where end_at < start_at
