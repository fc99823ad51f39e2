package no.hdo.dw.pipeline.turnus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import no.hdo.dw.pipeline.landing.DeliveredFile;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.landing.RecordSchema;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;
import no.hdo.dw.pipeline.landing.StampedFeed;
import no.hdo.dw.pipeline.landing.TextRecordSources;

/** turnus/employees: {@code employees_<stamp>.csv}, UTF-8, {@code ;}-separated; the newest file is the whole truth. */
public final class EmployeesFeed extends StampedFeed<List<String>, Employment> {

    public static final FeedId ID = new FeedId("turnus", "employees");

    static final RecordSchema<Employment> SCHEMA = RecordSchema.<Employment>builder()
            .string("employee_key", true, Employment::employeeKey)
            .string("org_unit", true, Employment::orgUnit)
            .string("employment_type", true, Employment::employmentType)
            .amount("position_pct", true, Employment::positionPct)
            .date("valid_from", true, Employment::validFrom)
            .date("valid_to", false, Employment::validTo)
            .bool("aml_dispensation", true, Employment::amlDispensation)
            .build();

    public EmployeesFeed(Pseudonymiser pseudonymiser) {
        super(
                ID,
                Pattern.compile("employees_(?<stamp>\\d{14})\\.csv"),
                "employees_<yyyyMMddHHmmss>.csv",
                SCHEMA,
                new EmploymentValidator(pseudonymiser));
    }

    /**
     * The file's rows; a file with its header and no row is refused at its end. The newest file is the whole
     * truth, so landing an export that wrote only its header would end every employment, in every month: the
     * headcount of the report would be 0, every shift would lose its person and every breach would be gone.
     */
    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        RecordSource<List<String>> rows =
                TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', EmploymentValidator.HEADER);
        return new RecordSource<>() {
            private boolean any;

            @Override
            public SourceRecord<List<String>> next() throws IOException, RejectedFileException {
                SourceRecord<List<String>> row = rows.next();
                if (row == null && !any) {
                    throw new RejectedFileException("the file has its header and no employment row: as the newest"
                            + " employees file it would be the whole truth and end every employment (an export that"
                            + " wrote nothing?); the employments in effect stay");
                }
                any = true;
                return row;
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }
}
