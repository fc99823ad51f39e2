package no.hdo.dw.pipeline.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes real .xlsx workbooks with a real spreadsheet library (fastexcel), as people leave them:
 * any sheets in any order, rows at any place (blank rows between), strings, numbers and date cells.
 */
public final class Workbooks {

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    /** A sheet whose rows start at row 1; a null row is a blank row, a null cell an empty cell. */
    public Workbooks sheet(String name, Object[]... rows) {
        List<Object[]> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(row);
        }
        sheets.put(name, list);
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook workbook = new Workbook(out, "hdo-dw-tests", "1.0");
                for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
                    Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
                    List<Object[]> rows = sheet.getValue();
                    for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
                        Object[] cells = rows.get(rowIndex);
                        if (cells == null) {
                            continue;
                        }
                        for (int column = 0; column < cells.length; column++) {
                            Object cell = cells[column];
                            if (cell instanceof String text) {
                                worksheet.value(rowIndex, column, text);
                            } else if (cell instanceof LocalDate date) {
                                worksheet.value(rowIndex, column, date);
                                worksheet.style(rowIndex, column).format("dd.mm.yyyy").set();
                            } else if (cell instanceof Number number) {
                                worksheet.value(rowIndex, column, number);
                            } else if (cell != null) {
                                throw new IllegalArgumentException("cannot write " + cell.getClass());
                            }
                        }
                    }
                }
                workbook.finish();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
