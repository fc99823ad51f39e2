-- Power BI: every control room of the LifeX rollout with its region, trust and type, first and
-- latest planned dates, go-live date and days slipped. Grain: control room. Key: control_room_key.
-- Columns:
--   control_room_key: the control room's number in this publication, the key bi_lifex_tracker_history relates on.
--   control_room_name: the room's name as the newest snapshot listing it writes it.
--   control_room_type: the kind of control room (AMK, Legevaktsentral, Akuttmottak, Annet).
--   health_region: the health region (Nord, Midt, Vest, Sør-Øst).
--   health_trust: the health trust the room belongs to.
--   status: the room's status in the newest snapshot listing it (Planlagt, Pågår, Omlagt, Utsatt).
--   is_moved: moved to LifeX (status Omlagt in the newest snapshot listing it).
--   is_in_current_snapshot: listed in the newest snapshot; a room that is not is kept but not counted.
--   first_planned_cutover_date: the planned cutover date of the earliest snapshot that gave one.
--   latest_planned_cutover_date: the planned cutover date of the newest snapshot that gives one.
--   cutover_date: the go-live date, once the newest snapshot says Omlagt.
--   cutover_date_key: the go-live date as yyyymmdd (bi_calendar_date); empty until then.
--   cutover_month_key: the go-live month as yyyymm (bi_calendar_month); empty until then.
--   days_slipped: the go-live date (until then the latest planned date) less the first planned date, in days; negative when it moved earlier.
--   times_replanned: the snapshots in which the planned date moved.
--   first_snapshot_date: the date of the first snapshot that lists the room.
--   last_snapshot_date: the date of the newest snapshot that lists the room.
with rollout as (
    select * from marts.fct_lifex_rollout
),

rooms as (
    select * from marts.dim_lifex_control_room
),

final as (
    select
        rooms.bi_key as control_room_key,
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
        cast(year(rollout.cutover_date) * 100 + month(rollout.cutover_date) as integer) as cutover_month_key,
        cast(rollout.days_slipped as integer) as days_slipped,
        cast(rollout.times_replanned as integer) as times_replanned,
        rollout.first_snapshot_date,
        rollout.last_snapshot_date
    from rollout
    join rooms using (control_room_key)
)

select * from final
