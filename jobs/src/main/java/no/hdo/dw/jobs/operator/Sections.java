package no.hdo.dw.jobs.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;

/**
 * A report of several tables ({@code hdo-dw status}): in {@code table} and {@code markdown} each under
 * its title, after the report's notes ("none" for a table without rows); in {@code csv} one CSV table per section (its header first),
 * separated by an empty line; in {@code json} one object with the notes and a key per section.
 */
public record Sections(List<String> notes, List<Section> sections) {

    /** {@code name} is the section's json key, {@code title} its heading for people. */
    public record Section(String name, String title, ResultTable table) {}

    public String render(OutputFormat format) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case JSON -> json(out);
            case CSV -> {
                for (int i = 0; i < sections.size(); i++) {
                    out.append(i == 0 ? "" : "\n")
                            .append(TableRenderer.render(sections.get(i).table(), format));
                }
            }
            default -> {
                boolean markdown = format == OutputFormat.MARKDOWN;
                for (String note : notes) {
                    out.append(note).append(markdown ? "\n\n" : "\n");
                }
                for (Section section : sections) {
                    out.append('\n')
                            .append(markdown ? "## " : "")
                            .append(section.title())
                            .append(markdown ? "\n\n" : "\n");
                    // a header over no rows reads like a table that failed to load
                    out.append(
                            section.table().rows().isEmpty()
                                    ? "none\n"
                                    : TableRenderer.render(section.table(), format));
                }
            }
        }
        return out.toString();
    }

    private void json(StringBuilder out) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("notes", notes);
            for (Section section : sections) {
                object.put(section.name(), mapper.readTree(TableRenderer.render(section.table(), OutputFormat.JSON)));
            }
            out.append(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(object))
                    .append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
