-- Every call has a status the warehouse knows (the validators quarantine the rest).
-- Checks each key apart: each row by itself.
select video_call_key, platform, source_status
from marts.fct_video_call
where status_code is null
