package no.hdo.dw.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes real .xlsx workbooks with a real spreadsheet library (fastexcel), as people leave them:
 * any sheets in any order, rows at any place (blank rows between), strings, numbers and date cells
 * (shown {@code dd.mm.yyyy}). A sheet's rows may come from an {@link Iterable} that makes them as it
 * goes: they are written and flushed in blocks, so a workbook of a million rows is never held.
 */
public final class Workbooks {

    private static final int FLUSH_EVERY_ROWS = 10_000;

    private final String application;
    private final Map<String, Iterable<Object[]>> sheets = new LinkedHashMap<>();
    private Instant zipEntryTime;
    private Instant documentTime;

    /** A workbook whose document properties name {@code hdo-dw-tests} as the application that wrote it. */
    public Workbooks() {
        this("hdo-dw-tests");
    }

    /** A workbook whose document properties name {@code application} as the one that wrote it. */
    public Workbooks(String application) {
        this.application = application;
    }

    /** A sheet whose rows start at row 1; a null row is a blank row, a null cell an empty cell. */
    public Workbooks sheet(String name, Object[]... rows) {
        return sheet(name, new ArrayList<>(Arrays.asList(rows)));
    }

    /** A sheet whose rows start at row 1, read once, in order, when the workbook is written. */
    public Workbooks sheet(String name, Iterable<Object[]> rows) {
        sheets.put(name, rows);
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    /**
     * Fixed times for the zip entries and the document's created and modified dates, so that two
     * writes give the same bytes (the library stamps the time of writing).
     */
    public Workbooks reproducible(Instant zipEntryTime, Instant documentTime) {
        this.zipEntryTime = zipEntryTime;
        this.documentTime = documentTime;
        return this;
    }

    /** Writes the workbook to {@code file}, making its folder. */
    public Path writeTo(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (zipEntryTime == null) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(out);
                }
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                write(bytes);
                Files.write(file, bytes.toByteArray());
                Files.write(file, reproducible(file));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, application, "1.0");
        for (Map.Entry<String, Iterable<Object[]>> sheet : sheets.entrySet()) {
            Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
            int rowIndex = 0;
            for (Object[] cells : sheet.getValue()) {
                if (cells != null) {
                    for (int column = 0; column < cells.length; column++) {
                        cell(worksheet, rowIndex, column, cells[column]);
                    }
                }
                rowIndex++;
                if (rowIndex % FLUSH_EVERY_ROWS == 0) {
                    worksheet.flush();
                }
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet worksheet, int row, int column, Object cell) {
        if (cell instanceof String text) {
            worksheet.value(row, column, text);
        } else if (cell instanceof LocalDate date) {
            worksheet.value(row, column, date);
            worksheet.style(row, column).format("dd.mm.yyyy").set();
        } else if (cell instanceof Number number) {
            worksheet.value(row, column, number);
        } else if (cell != null) {
            throw new IllegalArgumentException(
                    "cannot write a " + cell.getClass().getName() + " to a cell");
        }
    }

    /** The written workbook with the fixed zip entry times and document dates. */
    private byte[] reproducible(Path workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String stamp = documentTime.toString();
        // ZipFile reads the central directory: the writer streams its entries with data descriptors.
        try (ZipFile in = new ZipFile(workbook.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream entryContent = in.getInputStream(entry)) {
                    content = entryContent.readAllBytes();
                }
                if (entry.getName().equals("docProps/core.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll(
                                    "<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                                    "<dcterms:created$1>" + stamp + "</dcterms:created>")
                            .replaceAll(
                                    "<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                                    "<dcterms:modified$1>" + stamp + "</dcterms:modified>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(zipEntryTime.toEpochMilli());
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
