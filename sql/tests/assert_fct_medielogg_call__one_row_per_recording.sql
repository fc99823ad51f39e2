-- One call row per recording_id, after the newest delivery won.
select recording_id, count(*) as rows_found
from marts.fct_medielogg_call
group by recording_id
having count(*) <> 1
