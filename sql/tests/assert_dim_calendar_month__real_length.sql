-- A month lasts its days x 24 hours, but for the months of the daylight-saving changes in
-- Europe/Oslo (last Sunday of March: one hour less; of October: one hour more).
select month_key, days_in_month, hours_in_month
from marts.dim_calendar_month
where hours_in_month <> days_in_month * 24
      + case month_number when 3 then -1 when 10 then 1 else 0 end
