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

    @Override
    public RecordSource<List<String>> open(DeliveredFile file) throws IOException, RejectedFileException {
        return TextRecordSources.delimited(file.path(), StandardCharsets.UTF_8, ';', EmploymentValidator.HEADER);
    }

    /** The newest file is the whole truth: without one good row it would end every employment, in every month. */
    @Override
    public String whyRefusedWithoutAnAcceptedRecord() {
        return "as the newest employees file it would be the whole truth and end every employment (an export that"
                + " wrote nothing?); the employments in effect stay";
    }
}
