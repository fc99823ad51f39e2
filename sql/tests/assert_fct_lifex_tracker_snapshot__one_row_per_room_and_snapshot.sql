-- The tracker history has one row per control room and snapshot (a room listed twice in a workbook is quarantined).
select control_room_key, snapshot_date, count(*) as rows_found
from marts.fct_lifex_tracker_snapshot
group by control_room_key, snapshot_date
having count(*) <> 1
