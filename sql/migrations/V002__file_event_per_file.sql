-- meta.file_event was keyed by content, (run_id, source, feed, sha256): when a run saw two files with
-- the same content (a delivery repeated under another name, next to the original in the inbox), only
-- the first was recorded, and the other file vanished from the run report although the run had seen
-- it. A run says one thing about each file it sees, so the key is the file: (run_id, source, feed,
-- file_name). A restarted run that sees a file again still keeps the first word on it.

create table meta.file_event_per_file (
    run_id bigint not null,
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    outcome varchar not null check (outcome in ('LANDED', 'SKIPPED_KNOWN', 'REJECTED')),
    records_read bigint not null default 0,
    records_accepted bigint not null default 0,
    records_quarantined bigint not null default 0,
    reason varchar,
    duration_seconds double not null default 0,
    recorded_at timestamp with time zone not null default current_timestamp,
    primary key (run_id, source, feed, file_name)
);

insert into meta.file_event_per_file
select run_id, source, feed, file_name, sha256, outcome, records_read, records_accepted, records_quarantined, reason,
       duration_seconds, recorded_at
from meta.file_event;

drop table meta.file_event;

alter table meta.file_event_per_file rename to file_event;
