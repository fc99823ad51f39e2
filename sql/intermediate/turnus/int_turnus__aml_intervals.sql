-- Working time and overtime per person as intervals (definitions.md, "Working-time breaches"): the
-- 'work' intervals are the union of the person's ORD, OT and UTR shifts, the 'overtime' intervals the
-- union of the OT shifts; shifts of a kind that touch or overlap are one interval, so no hour counts
-- twice. Standby (BV) is not working time, so it neither adds hours nor breaks a rest; a call-out
-- (UTR) inside a standby does both. Instants are real (timestamptz); the local columns are
-- Europe/Oslo wall time.
-- Grain: interval of a kind. Key: (interval_kind, employee_key, interval_start_at).
-- Columns:
--   interval_kind: work (ORD, OT, UTR merged) or overtime (OT merged).
--   employee_key: the HMAC pseudonym of the person.
--   interval_number: the interval's number within the person and kind, in time order.
--   interval_start_at: its start, UTC.
--   interval_end_at: its end, UTC.
--   interval_start_local: its start, Oslo wall time.
--   interval_end_local: its end, Oslo wall time.
--   shift_count: the shifts merged into it.
with shifts as (
    select 'work' as interval_kind, employee_key, start_at, end_at
    from intermediate.int_turnus__shifts
    where shift_type in ('ORD', 'OT', 'UTR')
      and end_at > start_at
    union all
    select 'overtime', employee_key, start_at, end_at
    from intermediate.int_turnus__shifts
    where shift_type = 'OT'
      and end_at > start_at
),

-- the latest end among the person's earlier shifts of the kind: a shift starting after it opens a new interval
with_previous_end as (
    select
        *,
        max(end_at) over (
            partition by interval_kind, employee_key order by start_at, end_at
            rows between unbounded preceding and 1 preceding
        ) as previous_end_at
    from shifts
),

numbered as (
    select
        *,
        sum(case when previous_end_at is null or start_at > previous_end_at then 1 else 0 end) over (
            partition by interval_kind, employee_key order by start_at, end_at
            rows between unbounded preceding and current row
        ) as interval_number
    from with_previous_end
),

final as (
    select
        interval_kind,
        employee_key,
        interval_number,
        min(start_at) as interval_start_at,
        max(end_at) as interval_end_at,
        oslo_wall_clock(min(start_at)) as interval_start_local,
        oslo_wall_clock(max(end_at)) as interval_end_local,
        count(*) as shift_count
    from numbered
    group by interval_kind, employee_key, interval_number
)

select * from final
