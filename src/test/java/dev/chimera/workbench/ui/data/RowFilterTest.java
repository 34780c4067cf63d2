package dev.chimera.workbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.CancellationToken;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Edge cases of the filter syntax on a 4-row in-memory table; every expected count is read off the rows below. */
class RowFilterTest {
    //  row  value    status    n (int, missing = Integer.MIN_VALUE)
    //  0    1000     OK        3
    //  1    1000.5   ok        missing
    //  2    NaN      Not ok    12
    //  3    5        ""        -2
    private final Table table = Table.create("t",
            DoubleColumn.create("value", 1000, 1000.5, Double.NaN, 5),
            StringColumn.create("status", "OK", "ok", "Not ok", ""),
            IntColumn.create("n", new int[] {3, Integer.MIN_VALUE, 12, -2}));

    private int[] rows(String column, String filter) {
        return RowFilter.matchingRows(table, Map.of(column, filter), null, CancellationToken.none());
    }

    @Test
    void comparisonsRespectTheBoundaryAndSkipMissingValues() {
        assertThat(rows("value", ">1000")).containsExactly(1);
        assertThat(rows("value", ">=1000")).containsExactly(0, 1);
        assertThat(rows("value", "< 1000")).containsExactly(3);
        assertThat(rows("value", "<=1000.5")).containsExactly(0, 1, 3);
        assertThat(rows("value", "=1000")).containsExactly(0);
        // != keeps missing cells: they are not 5.
        assertThat(rows("value", "!=5")).containsExactly(0, 1, 2);
        // Int columns compare too, and their missing value is not a number.
        assertThat(rows("n", ">0")).containsExactly(0, 2);
        assertThat(rows("n", "<0")).containsExactly(3);
    }

    @Test
    void textMatchingIgnoresCase() {
        assertThat(rows("status", "ok")).containsExactly(0, 1, 2);
        assertThat(rows("status", "OK")).containsExactly(0, 1, 2);
        assertThat(rows("status", "=ok")).containsExactly(0, 1);
        assertThat(rows("status", "=Ok")).containsExactly(0, 1);
        assertThat(rows("status", "!=ok")).containsExactly(2, 3);
        // =text on a numeric column compares the shown text: "1000.5" is not "ok".
        assertThat(rows("value", "=ok")).isEmpty();
        assertThat(rows("value", "=1000.5")).containsExactly(1);
        // Plain text on a numeric column: "1000" is in "1000" and "1000.5".
        assertThat(rows("value", "1000")).containsExactly(0, 1);
    }

    @Test
    void blankFiltersMatchEverythingAndFiltersCombine() {
        assertThat(rows("status", "  ")).containsExactly(0, 1, 2, 3);
        int[] both = RowFilter.matchingRows(table, Map.of("status", "ok", "value", ">=1000"), null,
                CancellationToken.none());
        assertThat(both).containsExactly(0, 1);
    }

    @Test
    void aCancelledFilterStops() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowFilter.matchingRows(table, Map.of(), null, token))
                .isInstanceOf(CancellationException.class);
    }
}
