-- The LifeX tracker snapshots kept (definitions.md, "LifeX rollout"): per snapshot, its control rooms and
-- how many of them had their planned date moved since the snapshot before.
-- Grain: snapshot. Key: snapshot_date.
-- Columns: snapshot_date; is_current_snapshot (the newest); control_rooms; replanned_control_rooms.
with history as (
    select * from marts.fct_lifex_tracker_snapshot
),

final as (
    select
        snapshot_date,
        max(case when is_current_snapshot then 1 else 0 end) = 1 as is_current_snapshot,
        count(*) as control_rooms,
        sum(case when is_replanned then 1 else 0 end) as replanned_control_rooms
    from history
    group by snapshot_date
)

select * from final
