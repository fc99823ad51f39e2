-- The DuckDB-only functions the models use, behind names of our own (issue 14): a runner on another
-- engine (Spark, Trino) translates this file and the short list in docs/decisions.md ("SQL that could
-- run elsewhere"), not every model. Created by the build before the models, in the warehouse's main
-- schema. One statement per macro, each ending with a semicolon at the end of its line.

-- keys and numbers

-- a surrogate key from the text of a natural key: MD5 as hex (Spark md5, Trino to_hex(md5(to_utf8(...))))
create or replace macro surrogate_key(natural_key) as md5(natural_key);
-- seconds of an interval, or since 1970 of an instant, fractions kept
create or replace macro epoch_seconds(value) as epoch(value);
-- whole UTC days since 1970-01-01 of an instant
create or replace macro day_number(instant) as epoch_us(instant) // 86400000000;
-- integer division, rounding down (Trino: / on integers, Spark: div)
create or replace macro whole_div(dividend, divisor) as dividend // divisor;

-- dates and labels

-- yyyymmdd as a whole number, the date_key of dim_calendar_date
create or replace macro date_key(day) as cast(strftime(day, '%Y%m%d') as integer);
-- yyyy-MM, as months are printed
create or replace macro month_label(day) as strftime(day, '%Y-%m');
-- yyyy-MM-dd
create or replace macro date_label(day) as strftime(day, '%Y-%m-%d');
-- an instant as ISO 8601 in UTC: 2026-02-03T04:05:06Z
create or replace macro utc_label(instant) as strftime(instant at time zone 'UTC', '%Y-%m-%dT%H:%M:%SZ');
-- ISO weekday: 1 Monday .. 7 Sunday
create or replace macro iso_weekday(day) as isodow(day);
create or replace macro month_name_nb(month_number) as ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'][month_number];
create or replace macro month_short_name_nb(month_number) as ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'][month_number];
create or replace macro weekday_name_nb(iso_weekday_number) as ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'][iso_weekday_number];

-- time zones: instants are timestamptz, Europe/Oslo wall-clock times plain timestamps

-- the Europe/Oslo wall-clock time of an instant
create or replace macro oslo_wall_clock(instant) as timezone('Europe/Oslo', instant);
-- the instant of a Europe/Oslo wall-clock time
create or replace macro oslo_instant(wall_clock) as timezone('Europe/Oslo', wall_clock);
-- the instant a month starts in Europe/Oslo
create or replace macro oslo_month_start_at(year_number, month_number) as make_timestamptz(year_number, month_number, 1, 0, 0, 0, 'Europe/Oslo');

-- series: one row per element, in the select list

-- every day from first_day to last_day, both included
create or replace macro days_of(first_day, last_day) as unnest(generate_series(first_day, last_day, interval 1 day));
-- every month start from first_month to last_month, both included
create or replace macro months_of(first_month, last_month) as unnest(generate_series(first_month, last_month, interval 1 month));
-- every week start from first_week to last_week, both included
create or replace macro weeks_of(first_week, last_week) as unnest(generate_series(first_week, last_week, interval 7 day));

-- aggregates

-- the value of the row with the greatest ordering (Trino max_by, Spark max_by)
create or replace macro latest_by(value, ordering) as arg_max(value, ordering);
-- the value of the row with the least ordering, rows with a null ordering left out (Trino min_by, Spark min_by)
create or replace macro earliest_by(value, ordering) as arg_min(value, ordering);
-- the texts joined by separator, in alphabetical order (Trino listagg, Spark array_join(array_sort(collect_list())))
create or replace macro joined_text(value, separator) as string_agg(value, separator order by value);
-- a fingerprint of the rows, for the months maps: the sum of each row's 64-bit hash (value a row(...)), in 128 bits
create or replace macro rows_fingerprint(value) as sum(hash(value));

-- settings of the run (table models only: views outlive the session)

create or replace macro run_date() as getvariable('run_date');
create or replace macro min_persons_setting() as getvariable('min_persons');

-- the landing registry

-- the files landed for one source: a model reads the registry through this, so that a night's files of
-- another source leave its digest, and so its table, as they were (ModelBuild, issue 13)
create or replace macro landed_files(of_source) as table select * from meta.landed_file where source = of_source;
