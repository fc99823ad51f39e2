-- The accumulating snapshot has one row per control room, and a moved room has a go-live date.
select control_room_id, count(*) as rows_found, max(cast(is_moved as integer)) as is_moved, max(cutover_date) as cutover_date
from marts.fct_lifex_rollout
group by control_room_id
having count(*) <> 1 or (bool_or(is_moved) and max(cutover_date) is null)
