-- Nights that cost what changed (issue 13): what the last build merged, so that a data test that
-- checks each key apart runs over the keys the merge rewrote, when it passed over the table as it was
-- before. Rewritten in the build's own transaction, with model_build.
-- model_merge: one row per model the last build merged (action MERGED). merged_from_output_sha256:
-- the model's output digest before the merge; key_table: the table in meta that holds the keys whose
-- rows the merge rewrote (meta.merged_keys__<schema>_<model>, made by the build).
create table meta.model_merge (
    model_name varchar primary key,
    merged_from_output_sha256 varchar not null,
    key_table varchar not null
);
