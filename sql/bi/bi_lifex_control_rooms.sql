-- Power BI: every control room of the LifeX rollout with its region, trust and type, first and
-- latest planned dates, go-live date and days slipped. Grain: control room. Key: control_room_key.
with rollout as (
    select * from marts.fct_lifex_rollout
),

rooms as (
    select * from marts.dim_lifex_control_room
),

final as (
    select
        rollout.control_room_key,
        rooms.control_room_name,
        rooms.control_room_type,
        rooms.health_region,
        rooms.health_trust,
        rollout.status,
        rollout.is_moved,
        rollout.is_in_current_snapshot,
        rollout.first_planned_cutover_date,
        rollout.latest_planned_cutover_date,
        rollout.cutover_date,
        rollout.cutover_date_key,
        year(rollout.cutover_date) * 100 + month(rollout.cutover_date) as cutover_month_key,
        rollout.days_slipped,
        rollout.times_replanned,
        rollout.first_snapshot_date,
        rollout.last_snapshot_date
    from rollout
    join rooms using (control_room_key)
)

select * from final
