package no.hdo.dw.pipeline.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import no.hdo.dw.pipeline.landing.internal.ParquetRecordWriter;
import no.hdo.dw.warehouse.DuckDbDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parquet-java writes, DuckDB reads: every column type arrives as the type and value it was. Hadoop is not on this test's class path. */
class ParquetRecordWriterTests {

    record Row(
            String text,
            Integer whole,
            Long big,
            Double real,
            Boolean flag,
            LocalDate day,
            Instant instant,
            LocalDateTime local,
            BigDecimal amount) {}

    private static final RecordSchema<Row> SCHEMA = RecordSchema.<Row>builder()
            .string("text", true, Row::text)
            .integer("whole", false, Row::whole)
            .bigint("big", false, Row::big)
            .real("real", false, Row::real)
            .bool("flag", false, Row::flag)
            .date("day", false, Row::day)
            .instant("instant", false, Row::instant)
            .localDateTime("local", false, Row::local)
            .amount("amount", false, Row::amount)
            .build();

    @TempDir
    Path folder;

    @Test
    void writesEveryColumnTypeSoThatDuckDbReadsItBack() throws Exception {
        // given
        Path file = folder.resolve("rows.parquet");
        try (ParquetRecordWriter<Row> writer = new ParquetRecordWriter<>(file, SCHEMA, Map.of("hdo_dw.feed", "test"))) {
            writer.write(new Row(
                    "Tromsø",
                    42,
                    1L << 40,
                    2.5,
                    true,
                    LocalDate.of(2026, 2, 28),
                    Instant.parse("2026-03-29T01:30:00Z"),
                    LocalDateTime.of(2026, 3, 29, 2, 30),
                    new BigDecimal("-1234.50")));
            writer.write(new Row("tomt", null, null, null, null, null, null, null, null));
        }

        // when
        try (DuckDbDatabase duckdb = DuckDbDatabase.inMemory()) {
            List<Map<String, Object>> rows = duckdb.jdbi()
                    .withHandle(handle ->
                            handle.createQuery("""
                    select text, whole, big, real, flag, cast(day as varchar) as day, epoch(instant) as instant_epoch,
                           cast(local as varchar) as local, cast(amount as varchar) as amount,
                           typeof(instant) as instant_type, typeof(amount) as amount_type
                    from read_parquet('%s') order by text""".formatted(file)).mapToMap().list());
            String metadata = duckdb.jdbi()
                    .withHandle(handle -> handle.createQuery(
                                    "select decode(value) from parquet_kv_metadata('%s') where decode(key) = 'hdo_dw.feed'"
                                            .formatted(file))
                            .mapTo(String.class)
                            .one());

            // then
            assertThat(rows.get(0))
                    .containsEntry("text", "Tromsø")
                    .containsEntry("whole", 42)
                    .containsEntry("big", 1L << 40)
                    .containsEntry("real", 2.5)
                    .containsEntry("flag", true)
                    .containsEntry("day", "2026-02-28")
                    .containsEntry("instant_epoch", 1774747800.0)
                    .containsEntry("local", "2026-03-29 02:30:00")
                    .containsEntry("amount", "-1234.50")
                    .containsEntry("instant_type", "TIMESTAMP WITH TIME ZONE")
                    .containsEntry("amount_type", "DECIMAL(18,2)");
            assertThat(rows.get(1))
                    .containsEntry("text", "tomt")
                    .containsEntry("whole", null)
                    .containsEntry("amount", null);
            assertThat(metadata).isEqualTo("test");
        }
    }
}
