-- The employment rows the star is built from never overlap for one person (overlaps are quarantined).
select this_row.employee_key, this_row.valid_from, other_row.valid_from as other_valid_from
from intermediate.int_turnus__employments as this_row
join intermediate.int_turnus__employments as other_row
    on other_row.employee_key = this_row.employee_key
    and other_row.valid_from > this_row.valid_from
    and other_row.valid_from <= coalesce(this_row.valid_to, date '9999-12-31')
