package no.hdo.dw.pipeline.lifex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.hdo.dw.pipeline.landing.Checked;
import no.hdo.dw.pipeline.landing.SourceRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a tracker row (sources.md, lifex/tracker). Tolerant where people are untidy: case and
 * stray spaces in words, dates as Excel date cells or as text {@code dd.MM.yyyy}. Strict where it
 * matters: a row without a control room, an unknown type, region or status, an unreadable date,
 * {@code Omlagt} without an {@code Omlagt dato}, or a control room listed twice is quarantined, the
 * cell named ({@code Kontrollrom!B7}) in the reason.
 */
public final class TrackerRowValidator implements ItemProcessor<SourceRecord<TrackerRow>, Checked<LifexControlRoom>> {

    static final List<String> TYPES = List.of("AMK", "Legevaktsentral", "Akuttmottak", "Annet");
    static final List<String> REGIONS = List.of("Nord", "Midt", "Vest", "Sør-Øst");
    static final List<String> STATUSES = List.of("Planlagt", "Pågår", "Omlagt", "Utsatt");
    static final String MOVED = "Omlagt";

    private static final Pattern SPACES_AROUND_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})");
    private static final Map<String, String> TYPE_WORDS = canonical(TYPES);
    private static final Map<String, String> REGION_WORDS = canonical(REGIONS);
    private static final Map<String, String> STATUS_WORDS = canonical(STATUSES);

    @Override
    public Checked<LifexControlRoom> process(SourceRecord<TrackerRow> record) {
        long rowNo = record.recordNo();
        TrackerRow row = record.raw();
        TrackerCell nameCell = row.cell(TrackerWorkbook.NAME);
        if (nameCell.text() == null) {
            return reject(rowNo, TrackerWorkbook.NAME, nameCell, "the control room's name is missing");
        }
        String name = TrackerWorkbook.collapseSpaces(nameCell.text());
        if (row.firstRowOfSameRoom() != 0) {
            return reject(
                    rowNo,
                    TrackerWorkbook.NAME,
                    nameCell,
                    "the control room " + name + " is listed twice; the row " + row.firstRowOfSameRoom()
                            + " listing it first is kept");
        }
        TrackerCell typeCell = row.cell(TrackerWorkbook.TYPE);
        String type = word(typeCell, TYPE_WORDS);
        if (type == null) {
            return reject(
                    rowNo, TrackerWorkbook.TYPE, typeCell, "unknown Type; expected one of " + String.join(", ", TYPES));
        }
        TrackerCell regionCell = row.cell(TrackerWorkbook.REGION);
        String region = word(regionCell, REGION_WORDS);
        if (region == null) {
            return reject(
                    rowNo,
                    TrackerWorkbook.REGION,
                    regionCell,
                    "unknown Helseregion; expected one of " + String.join(", ", REGIONS));
        }
        TrackerCell plannedCell = row.cell(TrackerWorkbook.PLANNED);
        LocalDate planned = date(plannedCell);
        if (planned == null && !plannedCell.isEmpty()) {
            return reject(
                    rowNo,
                    TrackerWorkbook.PLANNED,
                    plannedCell,
                    "Planlagt omlegging is not a date (an Excel date or text dd.MM.yyyy)");
        }
        TrackerCell movedCell = row.cell(TrackerWorkbook.MOVED_DATE);
        LocalDate moved = date(movedCell);
        if (moved == null && !movedCell.isEmpty()) {
            return reject(
                    rowNo,
                    TrackerWorkbook.MOVED_DATE,
                    movedCell,
                    "Omlagt dato is not a date (an Excel date or text dd.MM.yyyy)");
        }
        TrackerCell statusCell = row.cell(TrackerWorkbook.STATUS);
        String status = word(statusCell, STATUS_WORDS);
        if (status == null) {
            return reject(
                    rowNo,
                    TrackerWorkbook.STATUS,
                    statusCell,
                    "unknown Status; expected one of " + String.join(", ", STATUSES));
        }
        if (status.equals(MOVED) && moved == null) {
            return reject(rowNo, TrackerWorkbook.MOVED_DATE, movedCell, "Status is Omlagt but Omlagt dato is empty");
        }
        String healthTrust = row.cell(TrackerWorkbook.HEALTH_TRUST).text();
        String comment = row.cell(TrackerWorkbook.COMMENT).text();
        return Checked.accepted(
                rowNo,
                new LifexControlRoom(
                        TrackerWorkbook.roomId(name),
                        name,
                        type,
                        region,
                        healthTrust == null ? null : TrackerWorkbook.collapseSpaces(healthTrust),
                        planned,
                        moved,
                        status,
                        comment,
                        TrackerWorkbook.SHEET + "!" + rowNo));
    }

    private static Checked<LifexControlRoom> reject(long rowNo, String column, TrackerCell cell, String reason) {
        String reference = cell.reference() != null ? cell.reference() : TrackerWorkbook.SHEET + "!" + column + rowNo;
        String value = cell.text() != null
                ? cell.text()
                : cell.excelDate() != null ? cell.excelDate().toString() : null;
        return Checked.rejected(rowNo, column, value, reference + ": " + reason);
    }

    private static String word(TrackerCell cell, Map<String, String> words) {
        if (cell.text() == null) {
            return null;
        }
        String normalised = TrackerWorkbook.normalise(cell.text());
        String word = words.get(normalised);
        return word != null || normalised.indexOf('-') < 0
                ? word
                : words.get(SPACES_AROUND_HYPHEN.matcher(normalised).replaceAll("-"));
    }

    /** An Excel date cell, or text {@code dd.MM.yyyy} (one-digit day and month accepted), or null. */
    static LocalDate date(TrackerCell cell) {
        if (cell.excelDate() != null) {
            return cell.excelDate();
        }
        if (cell.text() == null) {
            return null;
        }
        Matcher matcher = TEXT_DATE.matcher(cell.text().strip());
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, String> canonical(List<String> words) {
        return words.stream().collect(Collectors.toMap(TrackerWorkbook::normalise, Function.identity()));
    }
}
