package no.hdo.dw.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model's opening comment says about it: its purpose, grain, key, suppression rule and one
 * description per column. The descriptions are written once, there, and reach the published DuckDB
 * file ({@code COMMENT ON}) and the data catalogue ({@link Catalog}).
 *
 * <p>The comment's shape (docs/decisions.md, "Data catalogue"):
 *
 * <pre>
 * -- Purpose, one or more lines.
 * -- Grain: month x org unit. Key: (month_key, org_unit_key).
 * -- Suppression: the rule, where the model hides small cells.
 * -- Columns:
 * --   month_key: the month as yyyymm.
 * --   persons: the persons of the cell; a long description goes on
 * --       on lines indented deeper.
 * </pre>
 *
 * A column line is indented by at least two spaces after {@code --}; any other header line
 * ({@code -- Materialization: table}) ends the list and is ignored, so more header lines can be
 * added without breaking the parser. {@code Columns:} followed by text on its line (the older
 * free-text form) describes no single column.
 */
public record ModelDoc(String purpose, String grain, String key, String suppression, Map<String, String> columns) {

    private static final Pattern COLUMNS = Pattern.compile("(?i)^columns:\\s*(.*)$");
    private static final Pattern COLUMN = Pattern.compile("^\\s{2,}([a-z_][a-z0-9_]*|\"[^\"]+\"):\\s*(.*)$");
    private static final Pattern SUPPRESSION = Pattern.compile("(?i)^suppression:\\s*(.*)$");
    private static final Pattern METADATA = Pattern.compile("(?i)^(materiali[sz]\\w*\\b.*|[a-z_]+:\\s*[\\w.-]+\\.?)$");

    public ModelDoc {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The description of {@code column}, or null. */
    public String column(String column) {
        return columns.get(column);
    }

    /** Reads the opening comment (the lines starting with {@code --} before the first other line) of a model's SQL. */
    public static ModelDoc parse(String sql) {
        List<String> text = new ArrayList<>();
        List<String> suppression = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        String column = null;
        String block = "text";
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            String content = line.substring(2);
            String stripped = content.strip();
            if (block.equals("columns")) {
                Matcher entry = COLUMN.matcher(content);
                if (entry.matches()) {
                    column = unquote(entry.group(1));
                    columns.put(column, entry.group(2).strip());
                    continue;
                }
                if (column != null && content.startsWith("    ") && !stripped.isEmpty()) {
                    columns.put(column, (columns.get(column) + " " + stripped).strip());
                    continue;
                }
                block = "text";
                column = null;
            }
            if (block.equals("suppression")) {
                if (content.startsWith("  ") && !stripped.isEmpty()) {
                    suppression.add(stripped);
                    continue;
                }
                block = "text";
            }
            Matcher columnsLine = COLUMNS.matcher(stripped);
            if (columnsLine.matches()) {
                block = columnsLine.group(1).isBlank() ? "columns" : "text";
                continue;
            }
            Matcher suppressionLine = SUPPRESSION.matcher(stripped);
            if (suppressionLine.matches()) {
                suppression.add(suppressionLine.group(1));
                block = "suppression";
                continue;
            }
            if (block.equals("materialized") && content.startsWith("   ")) {
                continue; // the materialization's clauses, indented below it
            }
            block = "text";
            if (METADATA.matcher(stripped).matches()
                    && !stripped.toLowerCase(Locale.ROOT).startsWith("grain:")
                    && !stripped.toLowerCase(Locale.ROOT).startsWith("key:")) {
                if (stripped.toLowerCase(Locale.ROOT).startsWith("materiali")) {
                    block = "materialized";
                }
                continue;
            }
            if (!stripped.isEmpty()) {
                text.add(stripped);
            }
        }
        String all = String.join(" ", text);
        Matcher grain = Pattern.compile("(?i)\\bgrain:").matcher(all);
        Matcher key = Pattern.compile("\\bKey:|\\bkey:(?=\\s)").matcher(all);
        String purpose = all;
        String grainText = "";
        String keyText = "";
        if (grain.find()) {
            purpose = all.substring(0, grain.start());
            int grainEnd = all.length();
            if (key.find(grain.end())) {
                grainEnd = key.start();
                keyText = all.substring(key.end());
            }
            grainText = all.substring(grain.end(), grainEnd);
        }
        return new ModelDoc(
                purpose.strip(),
                trimSentence(grainText),
                trimSentence(keyText),
                suppression.isEmpty() ? null : String.join(" ", suppression).strip(),
                columns);
    }

    private static String trimSentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".")
                ? stripped.substring(0, stripped.length() - 1).strip()
                : stripped;
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
