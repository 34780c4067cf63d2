package dev.chimera.workbench.ui.compare;

import dev.chimera.workbench.analysis.compare.AggregateComparator;
import dev.chimera.workbench.analysis.compare.ComparisonReport;
import dev.chimera.workbench.analysis.compare.ComparisonRow;
import dev.chimera.workbench.analysis.compare.Verdict;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import dev.chimera.workbench.ui.task.TaskHandle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * "Ours vs theirs": every producer aggregate of the open dataset next to our statistic from its raw rows.
 * The comparison runs in the background whenever a dataset is opened; the verdict filter narrows the rows.
 */
public final class ComparisonViewModel {
    private final TaskExecutor executor;
    private final Consumer<String> fileActivated;
    private final ObservableList<ComparisonRow> all = FXCollections.observableArrayList();
    private final FilteredList<ComparisonRow> shown = new FilteredList<>(all);
    private final ObjectProperty<Verdict> verdictFilter = new SimpleObjectProperty<>(this, "verdictFilter");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private ComparisonReport report;
    private TaskHandle running;

    /** @param fileActivated told which file the user wants to see (double-click on a row) */
    public ComparisonViewModel(TaskExecutor executor, Consumer<String> fileActivated) {
        this.executor = executor;
        this.fileActivated = fileActivated;
        verdictFilter.addListener((obs, was, is) -> refilter());
        updateSummary();
    }

    public void setDataset(Dataset dataset) {
        if (running != null) {
            running.cancel();
        }
        all.clear();
        report = null;
        if (dataset == null) {
            updateSummary();
            return;
        }
        computing.set(true);
        updateSummary();
        running = executor.submit(I18n.tr("task.compare"), false,
                (progress, cancel) -> AggregateComparator.compare(dataset),
                TaskCallbacks.of(this::show, e -> {
                    computing.set(false);
                    summary.set(I18n.format("compare.failed", String.valueOf(e.getMessage())));
                }, () -> computing.set(false)));
    }

    private void show(ComparisonReport r) {
        report = r;
        computing.set(false);
        all.setAll(r.rows());
        refilter();
    }

    private void refilter() {
        Verdict v = verdictFilter.get();
        shown.setPredicate(r -> v == null || r.verdict() == v);
        updateSummary();
    }

    private void updateSummary() {
        if (computing.get()) {
            summary.set(I18n.tr("compare.computing"));
        } else if (report == null) {
            summary.set("");
        } else {
            summary.set(I18n.format("compare.summary", report.count(Verdict.MATCH), report.count(Verdict.EXPLAINED),
                    report.count(Verdict.UNEXPLAINED), report.notComparable(), shown.size(),
                    report.count(Verdict.NOT_CHECKABLE)));
        }
    }

    /** The user asked to see the file holding an aggregate. */
    public void activate(ComparisonRow row) {
        if (row != null) {
            fileActivated.accept(row.sourceFile());
        }
    }

    public ObservableList<ComparisonRow> shownRows() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    /** All rows of the last comparison (unfiltered). */
    public List<ComparisonRow> allRows() {
        return List.copyOf(all);
    }

    public ObjectProperty<Verdict> verdictFilterProperty() {
        return verdictFilter;
    }

    /** "410 match · 2,704 explained · 0 unexplained · 4,755 without raw rows — showing 3,114". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
