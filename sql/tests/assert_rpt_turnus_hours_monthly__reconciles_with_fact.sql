-- The monthly overtime and call-out hours are the shift fact's, to the hundredth of an hour.
with from_fact as (
    select
        month_key,
        coalesce(sum(duration_hours) filter (where shift_type = 'OT'), 0) as overtime_hours,
        coalesce(sum(duration_hours) filter (where shift_type = 'UTR'), 0) as callout_hours
    from marts.fct_turnus_shift
    group by month_key
)

select reported.month_label, reported.overtime_hours, from_fact.overtime_hours as fact_overtime_hours
from reporting.rpt_turnus_hours_monthly as reported
join from_fact using (month_key)
where abs(reported.overtime_hours - from_fact.overtime_hours) > 0.005
   or abs(reported.callout_hours - from_fact.callout_hours) > 0.005
