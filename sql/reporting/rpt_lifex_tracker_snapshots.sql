-- The LifeX tracker snapshots kept (definitions.md, "LifeX rollout"): per snapshot, its control rooms and
-- how many of them had their planned date moved since the snapshot before.
-- Grain: snapshot. Key: snapshot_date.
-- Columns:
--   snapshot_date: the date the tracker was saved (from the file name).
--   is_current_snapshot: the newest snapshot.
--   control_rooms: the control rooms the snapshot lists.
--   replanned_control_rooms: of those, the ones whose planned date moved since the snapshot before.
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
