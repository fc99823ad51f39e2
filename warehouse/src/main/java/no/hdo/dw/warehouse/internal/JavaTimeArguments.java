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

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds java.time values the way DuckDB's driver accepts them: Jdbi's defaults pass SQL type
 * codes DuckDB rejects ("Unknown target type 91").
 */
public final class JavaTimeArguments implements ArgumentFactory {

    @Override
    public Optional<Argument> build(Type type, Object value, ConfigRegistry config) {
        if (value instanceof LocalDate date) {
            return Optional.of((position, statement, context) -> statement.setObject(position, date));
        }
        if (value instanceof LocalDateTime dateTime) {
            return Optional.of((position, statement, context) -> statement.setObject(position, Timestamp.valueOf(dateTime)));
        }
        if (value instanceof Instant instant) {
            return Optional.of((position, statement, context) ->
                    statement.setObject(position, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
        }
        if (value == null && (type == LocalDate.class || type == LocalDateTime.class || type == Instant.class)) {
            return Optional.of((position, statement, context) -> statement.setNull(position, Types.NULL));
        }
        return Optional.empty();
    }
}
