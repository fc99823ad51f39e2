package no.hdo.dw.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema changes of the work warehouse: {@code sql/migrations/V<n>__<name>.sql}, each
 * applied once, in order, in its own transaction, and recorded in {@code meta.schema_migration}.
 * A migration that was applied and later edited is an error: migrations are append-only.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)");

    private Migrations() {}

    public record Migration(int version, String name, String sql) {

        String checksum() {
            return Integer.toHexString(sql.replace("\r\n", "\n").hashCode());
        }
    }

    public static List<Migration> available() {
        return SqlResources.list("migrations").stream()
                .map(Migrations::parse)
                .sorted(java.util.Comparator.comparingInt(Migration::version))
                .toList();
    }

    private static Migration parse(SqlFile file) {
        Matcher matcher = FILE_NAME.matcher(file.baseName());
        if (!matcher.matches()) {
            throw new WarehouseException("migration file " + file.path() + " is not named V<number>__<name>.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), file.text());
    }

    /** Applies what is missing; returns the number of migrations applied. */
    public static int apply(Jdbi jdbi) {
        return jdbi.inTransaction(handle -> {
                    handle.execute("create schema if not exists meta");
                    handle.execute("""
                    create table if not exists meta.schema_migration (
                        version integer primary key,
                        name varchar not null,
                        checksum varchar not null,
                        applied_at timestamp with time zone not null default current_timestamp
                    )""");
                    return 0;
                })
                + applyMissing(jdbi);
    }

    private static int applyMissing(Jdbi jdbi) {
        Map<Integer, String> applied = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("select version, checksum from meta.schema_migration")
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .forEach(entry -> applied.put(entry.getKey(), entry.getValue())));
        int count = 0;
        for (Migration migration : available()) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new WarehouseException("migration V" + migration.version() + "__" + migration.name()
                            + " was changed after it was applied: add a new migration instead");
                }
                continue;
            }
            jdbi.useTransaction(handle -> {
                handle.createScript(migration.sql()).execute();
                handle.createUpdate(
                                "insert into meta.schema_migration (version, name, checksum) values (:version, :name, :checksum)")
                        .bind("version", migration.version())
                        .bind("name", migration.name())
                        .bind("checksum", migration.checksum())
                        .execute();
            });
            log.info("Applied migration V{}__{}", migration.version(), migration.name());
            count++;
        }
        return count;
    }
}
