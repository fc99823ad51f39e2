package no.hdo.dw.jobs.pack.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package so that its bytes depend on its content only: every zip
 * entry (also inside embedded workbooks, the charts' data) gets the same fixed time, and the
 * created and modified dates of the core properties become the given date.
 */
public final class StableZip {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private StableZip() {}

    public static byte[] normalise(byte[] zip, LocalDate date) {
        String stamp = date + "T00:00:00Z";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    if (entry.getName().endsWith(".xlsx") || entry.getName().endsWith(".docx")) {
                        content = normalise(content, date);
                    } else if (entry.getName().equals("docProps/core.xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + stamp + "$3")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry stable = new ZipEntry(entry.getName());
                    stable.setTimeLocal(ENTRY_TIME);
                    out.putNextEntry(stable);
                    out.write(content);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the document's zip", e);
        }
    }
}
