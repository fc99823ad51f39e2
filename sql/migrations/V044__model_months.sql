-- Nights that cost what changed (issue 13): the months the last build rewrote in each model it
-- partitions by month (-- Materialized: incremental by month), so the operator and the tests can see
-- how far a night's deliveries reached. Rewritten in the build's own transaction, with model_build.
-- model_months: one row per model and month rewritten; month_label as yyyy-MM.
create table meta.model_months (
    model_name varchar not null,
    month_label varchar not null,
    primary key (model_name, month_label)
);
