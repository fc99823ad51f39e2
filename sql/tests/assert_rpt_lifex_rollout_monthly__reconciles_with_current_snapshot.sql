-- The rollout series adds up: cumulative grows by the month's cutovers, and the reporting month's
-- cumulative equals the moved control rooms of the newest snapshot with a go-live date by then.
with series as (
    select
        *,
        cumulative - coalesce(lag(cumulative) over (order by month_start_date), cumulative - cutovers) as growth
    from reporting.rpt_lifex_rollout_monthly
)

select month_label, cutovers, cumulative, growth
from series
where growth <> cutovers or cumulative > control_rooms_in_tracker
