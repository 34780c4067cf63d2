package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.analysis.WarmupRatioCell;
import dev.chimera.workbench.ui.I18n;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

/**
 * State of the "Cold starts &amp; warmups" sub-view, filled by {@link DistributionViewModel} from each computation:
 * the per-file table, the overall effect, the warmup-ratio heat map and what hovering a cell says.
 */
public final class ColdStartViewModel {
    private final Consumer<String> fileActivated;
    private final ObservableList<ColdStartFile> files = FXCollections.observableArrayList();
    private final ObservableList<ColdStartEffect> effects = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JFreeChart> gridChart = new ReadOnlyObjectWrapper<>(this, "gridChart");
    private final ReadOnlyStringWrapper gridNote = new ReadOnlyStringWrapper(this, "gridNote", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private ColdStartResult result;

    ColdStartViewModel(Consumer<String> fileActivated) {
        this.fileActivated = fileActivated;
    }

    void show(ColdStartResult r) {
        result = r;
        files.setAll(r == null ? List.of() : r.files());
        effects.setAll(r == null ? List.of() : r.effects());
        gridChart.set(r == null ? null : r.gridChart());
        gridNote.set(r == null ? "" : r.gridNote());
        summary.set(r == null ? "" : r.summary());
    }

    /** Double-click on a file row: show the file in Sources. */
    public void activate(ColdStartFile file) {
        if (file != null && !file.sourceFile().isEmpty()) {
            fileActivated.accept(file.sourceFile());
        }
    }

    /** The heat-map cell at (row, column) explained, or "" where there is none. */
    public String cellText(int row, int column) {
        WarmupRatioCell c = result == null ? null : result.cell(row, column);
        if (c == null) {
            return "";
        }
        String text = I18n.format("dist.cold.grid.cell", c.backend(), c.model(), c.scenario(), c.mode(),
                Numbers.compact(c.warmupMedianMs()), c.warmupN(), Numbers.compact(c.measuredMedianMs()),
                c.measuredN(), Numbers.compact(c.warmupToMeasuredRatio()),
                Numbers.compact(c.warmupMinusMeasuredMs()));
        return c.alert() ? text + "\n" + I18n.tr("dist.cold.grid.alert") : text;
    }

    /** Current result (null before the first computation). */
    public ColdStartResult result() {
        return result;
    }

    public ObservableList<ColdStartFile> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public ObservableList<ColdStartEffect> effects() {
        return FXCollections.unmodifiableObservableList(effects);
    }

    public ReadOnlyObjectProperty<JFreeChart> gridChartProperty() {
        return gridChart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gridNoteProperty() {
        return gridNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
