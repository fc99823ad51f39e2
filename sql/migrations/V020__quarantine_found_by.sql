-- A record can also be quarantined by a check across records or feeds that only the build can make
-- (turnus: overlapping employment rows, a shift of a person with no employment that day). found_by
-- says which: 'landing' (the feed's validator) or 'build' (a model intermediate.int_<source>__quarantined).
alter table meta.quarantined_record add column found_by varchar not null default 'landing';
