-- Known files are not read again (issue 13): the sha256 of each inbox file as it was last hashed,
-- with the size and modification time it had then. A night hashes a file only when it is new or its
-- size or time changed; a file changed in place keeps neither, so its change is still seen.
-- A cache beside the registry, not part of it: losing a row costs one hash, never a wrong outcome.
create table meta.file_fingerprint (
    source varchar not null,
    feed varchar not null,
    file_name varchar not null,
    size_bytes bigint not null,
    modified_at_nanos bigint not null,
    sha256 varchar not null,
    primary key (source, feed, file_name)
);
