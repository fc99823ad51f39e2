-- The monthly series adds up to the calls in the fact, month by month, and total = bliksund + snla.
with from_fact as (
    select month_key, count(*) filter (where is_completed) as completed_calls
    from marts.fct_video_call
    group by month_key
)

select monthly.month_key, monthly.total_completed_calls, from_fact.completed_calls
from reporting.rpt_video_calls_monthly as monthly
left join from_fact using (month_key)
where monthly.total_completed_calls <> coalesce(from_fact.completed_calls, 0)
   or monthly.total_completed_calls <> monthly.bliksund_completed_calls + monthly.snla_completed_calls
