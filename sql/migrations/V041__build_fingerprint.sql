-- A night with nothing new does no model work (issue 13): what each published full build was made
-- from, so that the next night can see that nothing it reads has changed. inputs_sha256: the code
-- (every file under sql/), the build's settings, the raw views over the landing archive and the
-- registry's and quarantine's counts; day_models_sha256: the content of the models that read the run
-- date (the calendar, the accounts' mapping of the day, the employees current yesterday), rebuilt
-- each night to compare. Only a full build that published every domain is written here.
create table meta.build_fingerprint (
    run_id bigint primary key,
    run_date date not null,
    inputs_sha256 varchar not null,
    day_models_sha256 varchar not null
);
