-- The landing registry: which delivered files are in the landing archive, which were rejected,
-- and every quarantined record. The landing archive plus this registry is the whole input of
-- the star schemas.

create sequence if not exists meta.landed_file_seq;

-- One row per delivered file that is in the landing archive. Key: landed_file_id; sha256 unique.
create table meta.landed_file (
    landed_file_id bigint primary key default nextval('meta.landed_file_seq'),
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null unique,
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

-- One row per delivered file that was refused whole. Key: (source, feed, sha256).
create table meta.rejected_file (
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    size_bytes bigint not null,
    reason varchar not null,
    run_id bigint not null,
    rejected_at timestamp with time zone not null default current_timestamp,
    primary key (source, feed, sha256)
);

-- One row per record that broke its feed's rules. record_no is the line (text) or record number.
create table meta.quarantined_record (
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    record_no bigint not null,
    field varchar,
    value varchar,
    reason varchar not null,
    run_id bigint not null
);

-- What each run did with each file it saw. Key: (run_id, source, feed, sha256).
create table meta.file_event (
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
    primary key (run_id, source, feed, sha256)
);

-- One row per nightly run (a Spring Batch job instance), written when the run ends.
create table meta.run_report (
    run_id bigint primary key,
    run_date date not null,
    status varchar not null,
    exit_code integer not null,
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone not null,
    duration_seconds double not null,
    published boolean not null,
    message varchar,
    report_json json not null
);

-- Per run and feed: the run report's table.
create table meta.run_feed_report (
    run_id bigint not null,
    source varchar not null,
    feed varchar not null,
    files_seen bigint not null,
    files_landed bigint not null,
    files_skipped_known bigint not null,
    files_rejected bigint not null,
    records_read bigint not null,
    records_accepted bigint not null,
    records_quarantined bigint not null,
    duration_seconds double not null,
    rows_per_second double,
    primary key (run_id, source, feed)
);
