-- One call row per recording_id, after the newest delivery won.
-- Checks each key apart: a recording's rows are counted by themselves.
select recording_id, count(*) as rows_found
from marts.fct_medielogg_call
group by recording_id
having count(*) <> 1
