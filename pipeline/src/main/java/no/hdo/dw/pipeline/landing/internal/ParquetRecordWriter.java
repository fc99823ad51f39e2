package no.hdo.dw.pipeline.landing.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSchema.Column;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Writes records of one type to a local Parquet file with parquet-java, without Hadoop at run time:
 * a {@link LocalOutputFile}, a {@link PlainParquetConfiguration} and our own zstd codec factory.
 */
public final class ParquetRecordWriter<T> implements AutoCloseable {

    private final ParquetWriter<T> writer;

    public ParquetRecordWriter(Path file, RecordSchema<T> schema, Map<String, String> metadata) throws IOException {
        this.writer = new Builder<>(new LocalOutputFile(file), schema, metadata)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(64L * 1024 * 1024)
                .build();
    }

    public void write(T record) throws IOException {
        writer.write(record);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    public static MessageType messageType(RecordSchema<?> schema) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column<?> column : schema.columns()) {
            Repetition repetition = column.required() ? Repetition.REQUIRED : Repetition.OPTIONAL;
            switch (column.type()) {
                case STRING ->
                    builder.primitive(PrimitiveTypeName.BINARY, repetition)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(column.name());
                case INT ->
                    builder.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case LONG ->
                    builder.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case DOUBLE ->
                    builder.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN ->
                    builder.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case DATE ->
                    builder.primitive(PrimitiveTypeName.INT32, repetition)
                            .as(LogicalTypeAnnotation.dateType())
                            .named(column.name());
                case INSTANT ->
                    builder.primitive(PrimitiveTypeName.INT64, repetition)
                            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                            .named(column.name());
                case LOCAL_DATE_TIME ->
                    builder.primitive(PrimitiveTypeName.INT64, repetition)
                            .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS))
                            .named(column.name());
                case DECIMAL_2 ->
                    builder.primitive(PrimitiveTypeName.INT64, repetition)
                            .as(LogicalTypeAnnotation.decimalType(2, 18))
                            .named(column.name());
            }
        }
        return builder.named("record");
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final RecordSchema<T> schema;
        private final Map<String, String> metadata;

        Builder(LocalOutputFile file, RecordSchema<T> schema, Map<String, String> metadata) {
            super(file);
            this.schema = schema;
            this.metadata = metadata;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(org.apache.hadoop.conf.Configuration configuration) {
            return new RecordWriteSupport<>(schema, metadata);
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration configuration) {
            return new RecordWriteSupport<>(schema, metadata);
        }
    }

    private static final class RecordWriteSupport<T> extends WriteSupport<T> {

        private final List<Column<T>> columns;
        private final MessageType messageType;
        private final Map<String, String> metadata;
        private RecordConsumer consumer;

        RecordWriteSupport(RecordSchema<T> schema, Map<String, String> metadata) {
            this.columns = schema.columns();
            this.messageType = messageType(schema);
            this.metadata = new HashMap<>(metadata);
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            return new WriteContext(messageType, metadata);
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(messageType, metadata);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(T record) {
            consumer.startMessage();
            for (int index = 0; index < columns.size(); index++) {
                Column<T> column = columns.get(index);
                Object value = column.accessor().apply(record);
                if (value == null) {
                    if (column.required()) {
                        throw new IllegalStateException("column " + column.name() + " is required but null");
                    }
                    continue;
                }
                consumer.startField(column.name(), index);
                switch (column.type()) {
                    case STRING -> consumer.addBinary(Binary.fromString((String) value));
                    case INT -> consumer.addInteger((Integer) value);
                    case LONG -> consumer.addLong((Long) value);
                    case DOUBLE -> consumer.addDouble((Double) value);
                    case BOOLEAN -> consumer.addBoolean((Boolean) value);
                    case DATE -> consumer.addInteger((int) ((LocalDate) value).toEpochDay());
                    case INSTANT -> consumer.addLong(micros((Instant) value));
                    case LOCAL_DATE_TIME -> consumer.addLong(micros(((LocalDateTime) value).toInstant(ZoneOffset.UTC)));
                    case DECIMAL_2 ->
                        consumer.addLong(((BigDecimal) value)
                                .setScale(2, RoundingMode.UNNECESSARY)
                                .unscaledValue()
                                .longValueExact());
                }
                consumer.endField(column.name(), index);
            }
            consumer.endMessage();
        }

        private static long micros(Instant instant) {
            // Plain arithmetic: ChronoUnit.MICROS.between was a fifth of the landing's time (bench/README.md).
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        }
    }
}
