-- Nights that cost what changed (issue 13): what the last committed build made each model from, so
-- that the next build keeps a table whose inputs did not change, merges an incremental one over the
-- files that are new, and rebuilds the rest. Both tables are rewritten in the build's own transaction,
-- so they always describe the warehouse as it stands.
-- model_build: one row per model of the last build. code_sha256: the model's code and that of every
-- model and raw view it reads, through to the landing archive; input_sha256: that and the files, the
-- registry and the settings it reads, so equal digests mean an equal result; output_sha256: what the
-- models that read it take in its place, its input digest, or for a table that reads a setting (the
-- run date) a digest of its rows, so that a new day that changes nothing in it changes nothing after it.
create table meta.model_build (
    model_name varchar primary key,
    code_sha256 varchar not null,
    input_sha256 varchar not null,
    output_sha256 varchar not null,
    built_by_run_id bigint,
    action varchar not null
);

-- build_raw_file: the landed files each raw view read in the last build, in its order.
create table meta.build_raw_file (
    raw_view varchar not null,
    file_no integer not null,
    archive_path varchar not null,
    primary key (raw_view, file_no)
);

-- data_test_passed: each data test that passed, with the digest of what it read then (the code and the
-- model_build output of every model it names); a night whose digest is the same does not run it again.
-- A failed test has no row, so it runs every night until it passes.
create table meta.data_test_passed (
    test_name varchar primary key,
    input_sha256 varchar not null
);
