-- The control rooms of the LifeX rollout, as the newest snapshot that lists each gives them
-- (name, type, health region and trust). Grain: control room. Key: control_room_key; natural key
-- control_room_id (the name without stray spaces, in lower case).
-- Columns:
--   control_room_key: surrogate key of the control room.
--   bi_key: the integer key the publication gives it.
--   control_room_id: the name without stray spaces, in lower case.
--   control_room_name: the name as the newest snapshot listing it gives it.
--   control_room_type: AMK, Legevaktsentral, Akuttmottak or Annet.
--   health_region: the health region (Midt, Nord, Sør-Øst, Vest).
--   health_trust: the health trust.
--   is_in_current_snapshot: whether the newest snapshot lists it.
--   last_listed_snapshot_date: the date of the newest snapshot listing it.
with history as (
    select * from intermediate.int_lifex__snapshot_history
),

newest as (
    select
        *,
        row_number() over (partition by control_room_id order by snapshot_date desc) as recency
    from history
),

final as (
    select
        surrogate_key(control_room_id) as control_room_key,
        cast(row_number() over (order by control_room_id) as integer) as bi_key,
        control_room_id,
        control_room_name,
        control_room_type,
        health_region,
        health_trust,
        is_current_snapshot as is_in_current_snapshot,
        snapshot_date as last_listed_snapshot_date
    from newest
    where recency = 1
)

select * from final
