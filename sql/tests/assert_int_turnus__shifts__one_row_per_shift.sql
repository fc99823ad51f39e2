-- A shift appears once, however many deliveries carried it.
select shift_id, count(*) as row_count
from intermediate.int_turnus__shifts
group by shift_id
having count(*) > 1
