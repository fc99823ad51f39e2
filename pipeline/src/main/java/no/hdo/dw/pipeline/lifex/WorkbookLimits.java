package no.hdo.dw.pipeline.lifex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import no.hdo.dw.pipeline.landing.RejectedFileException;

/**
 * What a tracker workbook may expand to, so that no workbook can exhaust memory or time (contracts,
 * "No file can stop the night"): an .xlsx is a zip of XML, and a small file can hold a cell of
 * gigabytes or a million rows. {@link #check(Path)} inflates every entry once, counting the bytes it
 * really gets (the sizes a zip declares can lie), before the workbook is opened; the row and cell
 * limits are checked while the sheet streams. A tracker is a few hundred rows: the defaults leave
 * room for a hundred times that. Each can be set with a system property
 * ({@code -Dhdo.dw.workbook.max-entry-bytes=...}, through {@code HDO_DW_JAVA_OPTS}).
 */
public record WorkbookLimits(
        long maxEntryBytes,
        long maxTotalBytes,
        long maxSharedStringsBytes,
        int maxInflateRatio,
        int maxEntries,
        int maxRows,
        int maxCellChars) {

    /** An entry this small is never judged by its ratio: a tiny XML part of repeated text compresses well. */
    static final long RATIO_GRACE_BYTES = 1 << 20;

    public static final WorkbookLimits DEFAULT =
            new WorkbookLimits(100L << 20, 200L << 20, 20L << 20, 100, 1_000, 100_000, 32_767);

    /** The defaults, each overridden by its system property ({@code hdo.dw.workbook.<name>}). */
    public static WorkbookLimits fromSystemProperties() {
        return from(System.getProperties());
    }

    static WorkbookLimits from(Properties properties) {
        return new WorkbookLimits(
                number(properties, "max-entry-bytes", DEFAULT.maxEntryBytes),
                number(properties, "max-total-bytes", DEFAULT.maxTotalBytes),
                number(properties, "max-shared-strings-bytes", DEFAULT.maxSharedStringsBytes),
                (int) number(properties, "max-inflate-ratio", DEFAULT.maxInflateRatio),
                (int) number(properties, "max-entries", DEFAULT.maxEntries),
                (int) number(properties, "max-rows", DEFAULT.maxRows),
                (int) number(properties, "max-cell-chars", DEFAULT.maxCellChars));
    }

    private static long number(Properties properties, String name, long fallback) {
        String value = properties.getProperty("hdo.dw.workbook." + name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "hdo.dw.workbook." + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Inflates every zip entry once, counting; refuses the file at the first limit it passes. */
    public void check(Path path) throws RejectedFileException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new RejectedFileException(
                            "the workbook holds more than " + maxEntries + " parts: not a tracker workbook");
                }
                long limit = entry.getName().endsWith("sharedStrings.xml") ? maxSharedStringsBytes : maxEntryBytes;
                String what = entry.getName().endsWith("sharedStrings.xml")
                        ? "its shared strings (" + entry.getName() + ")"
                        : "its part " + entry.getName();
                if (entry.getSize() > limit) {
                    throw new RejectedFileException(
                            "the workbook is too large when unpacked: " + what + " says it holds " + entry.getSize()
                                    + " bytes, more than the " + limit + " a tracker may hold");
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                        size += count;
                        if (size > limit) {
                            throw new RejectedFileException("the workbook is too large when unpacked: " + what
                                    + " expands to more than " + limit + " bytes (a decompression bomb?)");
                        }
                        if (total + size > maxTotalBytes) {
                            throw new RejectedFileException("the workbook is too large when unpacked: more than "
                                    + maxTotalBytes + " bytes in all");
                        }
                    }
                }
                long compressed = Math.max(entry.getCompressedSize(), 1);
                if (size > RATIO_GRACE_BYTES && size / compressed > maxInflateRatio) {
                    throw new RejectedFileException(
                            "the workbook expands too much: " + what + " unpacks from " + compressed + " to " + size
                                    + " bytes, more than " + maxInflateRatio + " times (a decompression bomb?)");
                }
                total += size;
            }
        } catch (ZipException e) {
            throw new RejectedFileException("the file is not a readable Excel workbook (.xlsx): " + e.getMessage());
        } catch (IOException e) {
            throw new RejectedFileException("the file is not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
    }
}
