package no.hdo.dw.warehouse.internal;

import java.lang.reflect.Type;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds java.time values the way DuckDB's driver accepts them: Jdbi's defaults pass SQL type
 * codes DuckDB rejects ("Unknown target type 91").
 */
public final class JavaTimeArguments implements ArgumentFactory.Preparable {

    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (type == LocalDate.class) {
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.NULL);
                } else {
                    statement.setObject(position, value);
                }
            });
        }
        if (type == LocalDateTime.class) {
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.NULL);
                } else {
                    statement.setObject(position, Timestamp.valueOf((LocalDateTime) value));
                }
            });
        }
        if (type == Instant.class) {
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.NULL);
                } else {
                    statement.setObject(position, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
                }
            });
        }
        return Optional.empty();
    }
}
