package dev.chimera.workbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SummaryColumns;
import dev.chimera.workbench.ui.TestFolders;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters over the 11 summaries rows of TestFolders.writeSmallResultFolder; expected counts are by hand. */
class DataViewModelTest {
    @TempDir
    Path temp;

    private CurrentThreadTaskExecutor executor;
    private DataViewModel vm;
    private Dataset dataset;

    @BeforeEach
    void setUp() throws Exception {
        dataset = DatasetLoader.standard().load(TestFolders.writeSmallResultFolder(temp));
        executor = new CurrentThreadTaskExecutor();
        vm = new DataViewModel(executor);
        vm.setDataset(dataset);
    }

    private int shown() {
        return vm.visibleRowsProperty().get().length;
    }

    @Test
    void tableChoicesCarryRowCounts() {
        assertThat(vm.tableChoicesProperty()).containsExactly(new TableChoice(CanonicalTable.RUNS, 0),
                new TableChoice(CanonicalTable.POWER, 0), new TableChoice(CanonicalTable.EVENTS, 0),
                new TableChoice(CanonicalTable.SUMMARIES, 11));
        // Measured columns first, provenance (source file, line, format) last.
        assertThat(vm.columnsProperty()).extracting(ColumnInfo::name).startsWith(SummaryColumns.BACKEND,
                SummaryColumns.MODEL).endsWith(SummaryColumns.SOURCE_FILE, SummaryColumns.SOURCE_LINE,
                SummaryColumns.FORMAT);
        assertThat(vm.columnsProperty()).filteredOn(ColumnInfo::numeric).extracting(ColumnInfo::name)
                .contains(SummaryColumns.VALUE, SummaryColumns.SOURCE_LINE)
                .doesNotContain(SummaryColumns.BACKEND);
        vm.selectTable(CanonicalTable.RUNS);
        assertThat(shown()).isZero();
        assertThat(vm.rowCountTextProperty().get()).isEqualTo("0 of 0 rows");
    }

    @Test
    void numericComparisonsOnTheValueColumn() {
        int before = executor.submittedCount();
        // > 1000: 1200, 1500.25, 2100.5, 3000.
        vm.setFilter(SummaryColumns.VALUE, ">1000");
        assertThat(shown()).isEqualTo(4);
        assertThat(vm.rowCountTextProperty().get()).isEqualTo("4 of 11 rows");
        assertThat(executor.submittedCount()).isGreaterThan(before); // filtering went through the executor
        assertThat(values()).containsExactlyInAnyOrder(1200.0, 1500.25, 2100.5, 3000.0);

        // <= 950: 850.5, 42.1, 88, 950, 12.5, 400.
        vm.setFilter(SummaryColumns.VALUE, "<=950");
        assertThat(shown()).isEqualTo(6);
        // = 950 exactly, and != 950 the other ten.
        vm.setFilter(SummaryColumns.VALUE, "=950");
        assertThat(shown()).isEqualTo(1);
        vm.setFilter(SummaryColumns.VALUE, "!=950");
        assertThat(shown()).isEqualTo(10);
        // Plain text on a numeric column matches the shown text: "50" is in 850.5, 1500.25 and 950.
        vm.setFilter(SummaryColumns.VALUE, "50");
        assertThat(shown()).isEqualTo(3);
        vm.setFilter(SummaryColumns.VALUE, "");
        assertThat(shown()).isEqualTo(11);
    }

    @Test
    void textFiltersAreCaseInsensitiveAndCombine() {
        // ollama: 3 cells in summary_overall.csv + 2 in cold_start_by_file.csv.
        vm.setFilter(SummaryColumns.BACKEND, "OLLA");
        assertThat(shown()).isEqualTo(5);
        // ...of which > 1000: 1200 and 3000.
        vm.setFilter(SummaryColumns.VALUE, ">1000");
        assertThat(shown()).isEqualTo(2);
        vm.clearFilters();
        // =vllm matches whole cells only: its 3 cells.
        vm.setFilter(SummaryColumns.BACKEND, "=VLLM");
        assertThat(shown()).isEqualTo(3);
        vm.setFilter(SummaryColumns.BACKEND, "=vll");
        assertThat(shown()).isZero();
        vm.clearFilters();
        // One p95 column with 3 good rows.
        vm.setFilter(SummaryColumns.STATISTIC, "=p95");
        assertThat(shown()).isEqualTo(3);
        // A comparison on a text column is taken as text: no backend contains ">1".
        vm.setFilter(SummaryColumns.BACKEND, ">1");
        assertThat(shown()).isZero();
    }

    @Test
    void onlyRowsFromTheSelectedFile() {
        vm.setSelectedFile("processed/cold_start_by_file.csv", CanonicalTable.SUMMARIES);
        assertThat(shown()).isEqualTo(11); // off by default
        vm.onlySelectedFileProperty().set(true);
        assertThat(shown()).isEqualTo(2);
        vm.setSelectedFile("summary_overall.csv", CanonicalTable.SUMMARIES);
        assertThat(shown()).isEqualTo(9);
        vm.setFilter(SummaryColumns.VALUE, ">1000");
        assertThat(shown()).isEqualTo(3);
    }

    @Test
    void rowFilterDoesNotDependOnTheViewModel() {
        int[] rows = RowFilter.matchingRows(dataset.table(CanonicalTable.SUMMARIES),
                java.util.Map.of(SummaryColumns.VALUE, ">= 1200", "no_such_column", "x"), null,
                dev.chimera.workbench.ingest.CancellationToken.none());
        // >= 1200: 1200, 1500.25, 2100.5, 3000; unknown columns are ignored.
        assertThat(rows).hasSize(4);
        assertThat(rows).isSorted();
    }

    @Test
    void cellTextShowsNumbersCompactly() {
        assertThat(CellText.number(3000.0)).isEqualTo("3000");
        assertThat(CellText.number(1500.25)).isEqualTo("1500.25");
        assertThat(CellText.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellText.number(Double.NaN)).isEmpty();
        assertThat(CellText.number(1.5e-7)).isEqualTo("1.5E-7");
    }

    private List<Double> values() {
        var table = vm.currentTableProperty().get();
        var col = table.doubleColumn(SummaryColumns.VALUE);
        return Arrays.stream(vm.visibleRowsProperty().get()).mapToObj(col::get).toList();
    }
}
