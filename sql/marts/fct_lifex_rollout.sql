-- The rollout as an accumulating snapshot: one row per control room ever listed, with its first
-- planned date (the earliest snapshot giving one), its latest planned date and status (the newest
-- snapshot listing it), its go-live date, and how many days it slipped: go-live date (or, until
-- it has moved, the latest planned date) minus the first planned date.
-- Grain: control room. Key: control_room_key.
-- Columns:
--   control_room_key: surrogate key of the control room.
--   control_room_id: the control room (name in lower case).
--   first_snapshot_date: the first snapshot listing it.
--   last_snapshot_date: the newest snapshot listing it.
--   snapshots_listed: how many snapshots list it.
--   first_planned_cutover_date: the earliest planned date a snapshot gave it.
--   latest_planned_cutover_date: the planned date of the newest snapshot listing it.
--   cutover_date: the go-live date, null until it has moved.
--   cutover_date_key: that date as yyyymmdd.
--   status: the status of the newest snapshot listing it.
--   is_moved: whether it has moved from ICCS to LifeX.
--   is_in_current_snapshot: whether the newest snapshot lists it.
--   times_replanned: how often a snapshot moved its planned date.
--   days_slipped: go-live date (or the latest planned date until then) - the first planned date, in days.
with history as (
    select * from intermediate.int_lifex__snapshot_history
),

per_room as (
    select
        control_room_id,
        min(snapshot_date) as first_snapshot_date,
        max(snapshot_date) as last_snapshot_date,
        count(*) as snapshots_listed,
        count(*) filter (where is_replanned) as times_replanned,
        earliest_by(planned_cutover_date, case when planned_cutover_date is not null then snapshot_date end) as first_planned_cutover_date,
        latest_by(planned_cutover_date, snapshot_date) as latest_planned_cutover_date,
        latest_by(cutover_date, snapshot_date) as cutover_date,
        latest_by(status, snapshot_date) as status,
        latest_by(is_moved, snapshot_date) as is_moved,
        bool_or(is_current_snapshot) as is_in_current_snapshot
    from history
    group by control_room_id
),

final as (
    select
        surrogate_key(control_room_id) as control_room_key,
        control_room_id,
        first_snapshot_date,
        last_snapshot_date,
        snapshots_listed,
        first_planned_cutover_date,
        latest_planned_cutover_date,
        case when is_moved then cutover_date end as cutover_date,
        case when is_moved then date_key(cutover_date) end as cutover_date_key,
        status,
        is_moved,
        is_in_current_snapshot,
        times_replanned,
        coalesce(case when is_moved then cutover_date end, latest_planned_cutover_date) - first_planned_cutover_date as days_slipped
    from per_room
)

select * from final
