package dev.chimera.workbench.ui.diagnostics;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.ui.I18n;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * All diagnostics of the open dataset, filtered by severity (null = all) and by the file selected in Sources
 * (null = every file). Counts are over all diagnostics, so the panel can show what a filter hides.
 */
public final class DiagnosticsViewModel {
    private final ObservableList<DiagnosticRow> all = FXCollections.observableArrayList();
    private final FilteredList<DiagnosticRow> shown = new FilteredList<>(all);
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>(this, "severityFilter");
    private final ReadOnlyStringWrapper fileFilter = new ReadOnlyStringWrapper(this, "fileFilter");
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper infos = new ReadOnlyIntegerWrapper(this, "infos");
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Consumer<String> fileActivated;

    /** @param fileActivated told which file the user wants to see (double-click); the Sources selection follows */
    public DiagnosticsViewModel(Consumer<String> fileActivated) {
        this.fileActivated = fileActivated;
        severityFilter.addListener((obs, was, is) -> updateFilter());
        fileFilter.addListener((obs, was, is) -> updateFilter());
        updateSummary();
    }

    public void setDataset(Dataset dataset) {
        List<Diagnostic> diags = dataset == null ? List.of() : dataset.allDiagnostics();
        fileFilter.set(null);
        all.setAll(diags.stream().map(DiagnosticRow::of).toList());
        errors.set(count(Severity.ERROR));
        warnings.set(count(Severity.WARNING));
        infos.set(count(Severity.INFO));
        updateFilter();
    }

    /** Shows only this file's diagnostics; null shows all files. */
    public void setFileFilter(String relativePath) {
        fileFilter.set(relativePath);
    }

    /** The user asked to see the file a diagnostic is about. */
    public void activate(DiagnosticRow row) {
        if (row != null && !row.file().isEmpty()) {
            fileActivated.accept(row.file());
        }
    }

    private int count(Severity s) {
        return (int) all.stream().filter(r -> r.severity() == s).count();
    }

    private void updateFilter() {
        Severity sev = severityFilter.get();
        String file = fileFilter.get();
        shown.setPredicate(r -> (sev == null || r.severity() == sev) && (file == null || file.equals(r.file())));
        shownCount.set(shown.size());
        updateSummary();
    }

    private void updateSummary() {
        summary.set(I18n.format("diagnostics.summary", errors.get(), warnings.get(), infos.get(), shown.size(),
                all.size()));
    }

    /** The rows passing the filters; wrap in a SortedList to sort. */
    public ObservableList<DiagnosticRow> shownRows() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public int totalCount() {
        return all.size();
    }

    /** Severity shown; null for all. The view binds its selector to this. */
    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public ReadOnlyStringProperty fileFilterProperty() {
        return fileFilter.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningCountProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty infoCountProperty() {
        return infos.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** "2 errors · 5 warnings · 9 info — showing 16 of 16". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
