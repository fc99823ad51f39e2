package no.hdo.dw.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hdo.dw.warehouse.internal.SqlResources;
import no.hdo.dw.warehouse.internal.SqlResources.SqlFile;
import org.junit.jupiter.api.Test;

/**
 * The house style of the SQL (issue 14), checked on every model and data test so it cannot drift:
 * dbt's layout and names, lower case, the opening comment, {@code select * from final}, no comma
 * before {@code from}, and the DuckDB-only functions only in {@code sql/macros/}.
 */
class SqlStyleTests {

    /** The words of sources.md, calendar for the date dimensions, and meta for the warehouse's own bookkeeping (freshness). */
    static final String SOURCES = "(ledger|turnus|video|medielogg|lifex|calendar|meta)";

    /** DuckDB-only functions, types and clauses a model may reach only through a macro of sql/macros/. */
    static final List<String> DUCKDB_ONLY = List.of(
            "md5(",
            "epoch(",
            "epoch_us(",
            "epoch_ms(",
            "strftime(",
            "strptime(",
            "generate_series(",
            "range(",
            "arg_max(",
            "hash(",
            "arg_min(",
            "exclude (",
            "exclude(",
            "timestamptz",
            "at time zone",
            "timezone(",
            "unnest(",
            "list_",
            "getvariable(",
            "group by all",
            "order by all",
            "qualify ",
            "union all by name",
            "union by name",
            "//",
            "string_agg(",
            "isodow(",
            "struct_pack(",
            "columns(",
            "::");

    @Test
    void everyModelKeepsTheHouseStyle() {
        List<String> violations = new ArrayList<>();
        for (String layer : ModelBuild.LAYERS) {
            for (SqlFile file : SqlResources.list(layer)) {
                violations.addAll(modelViolations(layer, file));
            }
        }

        assertThat(violations)
                .as("SQL style (docs/decisions.md, \"SQL that could run elsewhere\")")
                .isEmpty();
    }

    @Test
    void everyDataTestKeepsTheHouseStyle() {
        List<String> violations = new ArrayList<>();
        for (SqlFile file : SqlResources.list("tests")) {
            violations.addAll(codeViolations(file));
            if (!file.text().startsWith("--")) {
                violations.add("sql/" + file.path() + ": opens with no comment saying what the offending rows are");
            }
            if (!file.baseName().matches("assert_[a-z0-9_]+__[a-z0-9_]+")) {
                violations.add("sql/" + file.path() + ": a data test is named assert_<object>__<what it checks>");
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void findsEveryKindOfViolationInABadModel() {
        // given a model that breaks each rule once
        SqlFile bad = new SqlFile("marts/dim_account.sql", """
                -- Accounts.
                WITH accounts as (
                    select account_id, md5(account_id) as account_key,
                    from staging.stg_ledger__saft_accounts
                    , (select 1) as x
                )

                select account_id from accounts
                """);

        // when
        List<String> violations = modelViolations("marts", bad);

        // then
        assertThat(String.join("\n", violations))
                .contains("named dim_<source>_")
                .contains("no grain")
                .contains("no key")
                .contains("columns")
                .contains("line 2: upper case")
                .contains("line 3: comma before from")
                .contains("line 5: a line starts with a comma")
                .contains("line 3: md5( is DuckDB-only")
                .contains("ends with select * from final");
    }

    @Test
    void acceptsAModelInTheHouseStyle() {
        SqlFile good = new SqlFile("staging/ledger/stg_ledger__example.sql", """
                -- Example rows as landed ('Beløp' is data, "Konto" a quoted name: both may have capitals).
                -- Grain: row. Key: record_no.
                -- Columns: record_no (line in the file), amount_nok (NOK, debit positive).
                with source as (
                    select * from raw.ledger__example -- the comma, in a comment, is fine
                ),

                final as (
                    select
                        record_no,
                        amount_nok as "Beløp"
                    from source
                    where note <> 'A, B'
                )

                select * from final
                """);

        assertThat(modelViolations("staging", good)).isEmpty();
    }

    static List<String> modelViolations(String layer, SqlFile file) {
        List<String> violations = new ArrayList<>(codeViolations(file));
        String where = "sql/" + file.path();
        String name = file.baseName();
        String expectedPath = switch (layer) {
            case "staging", "intermediate" -> {
                Matcher source =
                        Pattern.compile("(stg|int)_([a-z0-9]+)__[a-z0-9_]+").matcher(name);
                if (!source.matches() || !source.group(1).equals(layer.equals("staging") ? "stg" : "int")) {
                    violations.add(where + ": a " + layer + " model is named "
                            + (layer.equals("staging") ? "stg" : "int") + "_<source>__<what>");
                    yield file.path();
                }
                if (!source.group(2).matches(SOURCES)) {
                    violations.add(where + ": '" + source.group(2) + "' is not a source word of sources.md " + SOURCES);
                }
                yield layer + "/" + source.group(2) + "/" + name + ".sql";
            }
            case "marts" -> {
                if (!name.matches("(dim|fct)_" + SOURCES + "_[a-z0-9_]+") && !name.equals("privacy_settings")) {
                    violations.add(where
                            + ": a mart is named dim_<source>_<what> or fct_<source>_<what>, source one of " + SOURCES);
                }
                yield layer + "/" + name + ".sql";
            }
            case "reporting" -> {
                if (!name.matches("rpt_" + SOURCES + "_[a-z0-9_]+")) {
                    violations.add(
                            where + ": a reporting model is named rpt_<source>_<what>, source one of " + SOURCES);
                }
                yield layer + "/" + name + ".sql";
            }
            default -> {
                // bi_source_freshness is about every source at once, and is named so in the operator's contract
                if (!name.matches("bi_" + SOURCES + "_[a-z0-9_]+") && !name.equals("bi_source_freshness")) {
                    violations.add(where + ": a BI view is named bi_<source>_<what>, source one of " + SOURCES);
                }
                yield layer + "/" + name + ".sql";
            }
        };
        if (!file.path().equals(expectedPath)) {
            violations.add(where + ": belongs in sql/" + expectedPath);
        }
        String header = openingComment(file.text());
        if (header.isBlank()) {
            violations.add(where + ": opens with no comment saying its purpose, grain and key");
        }
        if (!header.toLowerCase().contains("grain")) {
            violations.add(where + ": the opening comment gives no grain");
        }
        if (!header.toLowerCase().matches("(?s).*\\bkey\\b.*")) {
            violations.add(where + ": the opening comment gives no key");
        }
        if (!describesColumns(file.text())) {
            violations.add(where + ": the opening comment describes no columns (\"Columns: name (meaning), ...\")");
        }
        if (!ModelBuild.stripTrailingSemicolon(file.text()).endsWith("select * from final")) {
            violations.add(where + ": ends with select * from final");
        }
        return violations;
    }

    /** Lower case, no leading comma, no comma before from or a closing parenthesis, DuckDB-only words only in macros. */
    static List<String> codeViolations(SqlFile file) {
        List<String> violations = new ArrayList<>();
        String where = "sql/" + file.path();
        List<String> lines = file.text().lines().map(SqlStyleTests::code).toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int number = index + 1;
            if (!line.equals(line.toLowerCase())) {
                violations.add(where + ", line " + number
                        + ": upper case outside quotes and comments (keywords are lower case)");
            }
            if (line.strip().startsWith(",")) {
                violations.add(where + ", line " + number + ": a line starts with a comma (commas go at line ends)");
            }
            if (line.matches(".*,\\s*(from\\b|\\)).*")) {
                violations.add(where + ", line " + number + ": comma before from or a closing parenthesis");
            }
            if (line.strip().endsWith(",")) {
                String next = lines.subList(index + 1, lines.size()).stream()
                        .filter(later -> !later.isBlank())
                        .findFirst()
                        .orElse("");
                if (next.strip().matches("(from|where|group by|order by|having|window|union)\\b.*|\\).*")) {
                    violations.add(where + ", line " + number
                            + ": comma before from (DuckDB accepts it, no other engine does)");
                }
            }
            for (String word : DUCKDB_ONLY) {
                if (line.contains(word)) {
                    violations.add(where + ", line " + number + ": " + word
                            + " is DuckDB-only: use a macro of sql/macros/duckdb.sql");
                }
            }
        }
        return violations;
    }

    /** The line without its comment, string literals and quoted names (they may hold anything). */
    static String code(String line) {
        StringBuilder code = new StringBuilder();
        char quote = 0;
        for (int at = 0; at < line.length(); at++) {
            char c = line.charAt(at);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    code.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                code.append(c);
            } else if (line.startsWith("--", at)) {
                break;
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    static String openingComment(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            header.append(line.substring(2)).append('\n');
        }
        return header.toString();
    }

    static boolean describesColumns(String text) {
        return openingComment(text).matches("(?is).*\\bcolumns:.*");
    }
}
