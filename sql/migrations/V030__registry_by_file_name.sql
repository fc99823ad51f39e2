-- A delivery is a file name (contracts, ground rules): the registry knows files by name, not by
-- content. The same bytes under another name are another delivery (landed_file.sha256 is no longer
-- unique), a rejection is remembered for its name only (rejected_file is keyed by file_name), and
-- file_event holds one outcome per run and file: STARTED (written before a file is read, so the next
-- run knows which file a dead run was landing), then LANDED, SKIPPED, REJECTED or FAILED; NOT_TAKEN is
-- what the inbox held outside the feeds (source and feed are then the path's first two parts, or '').
-- The run report is a view over these events (meta.run_feed_report): a run that reports for runs that
-- died is written once in meta.run_adoption, instead of rewriting run ids in several tables.

create table meta.landed_file_by_name (
    landed_file_id bigint primary key default nextval('meta.landed_file_seq'),
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    size_bytes bigint not null,
    delivery_stamp timestamp not null,
    archive_path varchar not null,
    records_read bigint not null,
    records_accepted bigint not null,
    records_quarantined bigint not null,
    run_id bigint not null,
    landed_at timestamp with time zone not null default current_timestamp,
    unique (source, feed, file_name)
);
insert into meta.landed_file_by_name select * from meta.landed_file;
drop table meta.landed_file;
alter table meta.landed_file_by_name rename to landed_file;

create table meta.rejected_file_by_name (
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    size_bytes bigint not null,
    reason varchar not null,
    run_id bigint not null,
    rejected_at timestamp with time zone not null default current_timestamp,
    primary key (source, feed, file_name)
);
insert into meta.rejected_file_by_name
select source, feed, file_name, sha256, size_bytes, reason, run_id, rejected_at
from (
    select
        rejected_file.*,
        row_number() over (partition by source, feed, file_name order by rejected_at desc) as rejection_rank
    from meta.rejected_file
)
where rejection_rank = 1;
drop table meta.rejected_file;
alter table meta.rejected_file_by_name rename to rejected_file;

create table meta.file_event_outcome (
    run_id bigint not null,
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar,
    outcome varchar not null check (outcome in ('STARTED', 'LANDED', 'SKIPPED', 'REJECTED', 'FAILED', 'NOT_TAKEN')),
    records_read bigint not null default 0,
    records_accepted bigint not null default 0,
    records_quarantined bigint not null default 0,
    reason varchar,
    duration_seconds double not null default 0,
    recorded_at timestamp with time zone not null default current_timestamp,
    primary key (run_id, source, feed, file_name)
);
insert into meta.file_event_outcome
select run_id, source, feed, file_name, sha256, case outcome when 'SKIPPED_KNOWN' then 'SKIPPED' else outcome end,
       records_read, records_accepted, records_quarantined, reason, duration_seconds, recorded_at
from meta.file_event;
drop table meta.file_event;
alter table meta.file_event_outcome rename to file_event;

-- run_id reports what adopted_run_id did: a run that died before its report reached the operator.
create table meta.run_adoption (
    run_id bigint not null,
    adopted_run_id bigint not null,
    primary key (run_id, adopted_run_id)
);

drop table meta.run_feed_report;
alter table meta.run_report drop column report_json;

-- Which run reports each run: the latest run that adopted it, else the run itself.
create view meta.run_reported_by as
select adopted_run_id as run_id, max(run_id) as reported_run_id
from meta.run_adoption
group by adopted_run_id;

-- The file events as the run reports show them: per reporting run one event per file. Several runs
-- behind one report may have seen a file: what the first that landed, rejected or failed it said
-- stands, then a skip, then a start that never finished (the run died on the file).
create view meta.reported_file_event as
with events as (
    select
        coalesce(reported_by.reported_run_id, event.run_id) as reported_run_id,
        event.*
    from meta.file_event as event
    left join meta.run_reported_by as reported_by on reported_by.run_id = event.run_id
),
ranked as (
    select
        events.*,
        row_number() over (
            partition by reported_run_id, source, feed, file_name
            order by outcome = 'STARTED', outcome = 'SKIPPED', run_id
        ) as event_rank
    from events
),
final as (
    select
        reported_run_id,
        run_id,
        source,
        feed,
        file_name,
        sha256,
        outcome,
        records_read,
        records_accepted,
        records_quarantined,
        reason,
        duration_seconds,
        recorded_at
    from ranked
    where event_rank = 1
)
select * from final;

-- The quarantine as the run reports show it: each record under the run that reports the run that found it.
create view meta.reported_quarantined_record as
with final as (
    select
        coalesce(reported_by.reported_run_id, found.run_id) as reported_run_id,
        found.*
    from meta.quarantined_record as found
    left join meta.run_reported_by as reported_by on reported_by.run_id = found.run_id
)
select * from final;

-- The run report's table: per reporting run and feed, files by outcome and records read, accepted
-- and quarantined. A record the build quarantined (a check across records) moves from accepted to
-- quarantined when its file was landed in the same run, so read = accepted + quarantined holds;
-- one of a file landed by an earlier run is counted apart, as quarantined later.
create view meta.run_feed_report as
with events as (
    select * from meta.reported_file_event where outcome <> 'NOT_TAKEN'
),
file_counts as (
    select
        reported_run_id as run_id,
        source,
        feed,
        count(*) as files_seen,
        count(*) filter (where outcome = 'LANDED') as files_landed,
        count(*) filter (where outcome = 'SKIPPED') as files_skipped_known,
        count(*) filter (where outcome = 'REJECTED') as files_rejected,
        count(*) filter (where outcome in ('FAILED', 'STARTED')) as files_failed,
        coalesce(sum(records_read), 0) as records_read,
        coalesce(sum(records_accepted), 0) as landing_accepted,
        coalesce(sum(records_quarantined), 0) as landing_quarantined,
        coalesce(sum(duration_seconds), 0) as duration_seconds
    from events
    group by reported_run_id, source, feed
),
build_found as (
    select
        found.reported_run_id as run_id,
        found.source,
        found.feed,
        count(*) filter (where landed.file_name is not null) as build_quarantined,
        count(*) filter (where landed.file_name is null) as records_quarantined_later
    from meta.reported_quarantined_record as found
    left join events as landed
        on landed.reported_run_id = found.reported_run_id
        and landed.source = found.source
        and landed.feed = found.feed
        and landed.file_name = found.file_name
        and landed.outcome = 'LANDED'
    where found.found_by = 'build'
    group by found.reported_run_id, found.source, found.feed
),
final as (
    select
        coalesce(file_counts.run_id, build_found.run_id) as run_id,
        coalesce(file_counts.source, build_found.source) as source,
        coalesce(file_counts.feed, build_found.feed) as feed,
        coalesce(files_seen, 0) as files_seen,
        coalesce(files_landed, 0) as files_landed,
        coalesce(files_skipped_known, 0) as files_skipped_known,
        coalesce(files_rejected, 0) as files_rejected,
        coalesce(files_failed, 0) as files_failed,
        coalesce(records_read, 0) as records_read,
        coalesce(landing_accepted, 0) - coalesce(build_quarantined, 0) as records_accepted,
        coalesce(landing_quarantined, 0) + coalesce(build_quarantined, 0) as records_quarantined,
        coalesce(records_quarantined_later, 0) as records_quarantined_later,
        coalesce(duration_seconds, 0) as duration_seconds,
        case when duration_seconds > 0 then records_read / duration_seconds end as rows_per_second
    from file_counts
    full outer join build_found
        on build_found.run_id = file_counts.run_id
        and build_found.source = file_counts.source
        and build_found.feed = file_counts.feed
)
select * from final;
