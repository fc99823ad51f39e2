package no.hdo.dw.jobs.support;

import java.nio.file.Path;
import java.util.List;
import no.hdo.dw.warehouse.internal.SqlResources;

/**
 * The differencing attack on the published staff tables, as the data test
 * {@code sql/tests/assert_bi_turnus__no_hidden_cell_by_subtraction.sql} mounts it: run here on a
 * published DuckDB file as an analyst would open it. Each row is a hidden cell worked out by
 * subtraction: {@code published_table|total_used|month_key|cell_group|recovered_cell|recovered_value}.
 */
public final class DifferencingAttack {

    public static final String DATA_TEST = "assert_bi_turnus__no_hidden_cell_by_subtraction";

    private DifferencingAttack() {}

    /** The cells the attack recovers from the file at {@code publishedWarehouse}, ordered. */
    public static List<String> recoveredCells(Path publishedWarehouse) {
        return WarehouseRows.query(publishedWarehouse, "select * from (" + sql() + "\n) recovered order by all");
    }

    public static String sql() {
        return SqlResources.list("tests").stream()
                .filter(test -> test.baseName().equals(DATA_TEST))
                .findFirst()
                .map(test -> test.text().strip().replaceAll(";$", ""))
                .orElseThrow(() -> new IllegalStateException("no data test " + DATA_TEST + " under sql/tests"));
    }
}
