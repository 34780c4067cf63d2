package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.CatalogException;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.dialog.DialogService;
import dev.chimera.workbench.ui.task.TaskCallbacks;
import dev.chimera.workbench.ui.task.TaskExecutor;
import dev.chimera.workbench.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;

/**
 * The Findings tab: checks the catalog (built-in, or the user's own) against the open folder in the background,
 * filters the results by report, verdict and search text, and describes the selected one with its evidence
 * chart (drawn in the background too). "Show in view" hands the selected result to the main window's navigator.
 */
public final class FindingsViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final EvidenceNavigator navigator;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ObservableList<FindingResult> results = FXCollections.observableArrayList();
    private final ObservableList<FindingResult> shown = FXCollections.observableArrayList();
    private final ObservableList<FindingResult> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyListWrapper<String> reports =
            new ReadOnlyListWrapper<>(this, "reports", FXCollections.observableArrayList());
    private final ObjectProperty<String> reportFilter = new SimpleObjectProperty<>(this, "reportFilter");
    private final ObjectProperty<Verdict> verdictFilter = new SimpleObjectProperty<>(this, "verdictFilter");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<FindingResult> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<FindingDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");
    private final ReadOnlyObjectWrapper<VerdictCounts> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", VerdictCounts.NONE);
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper catalogText = new ReadOnlyStringWrapper(this, "catalogText", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyBooleanWrapper canShowInView = new ReadOnlyBooleanWrapper(this, "canShowInView");
    private Dataset dataset;
    private TaskHandle checking;
    private TaskHandle drawing;
    private long checkGeneration;
    private long drawGeneration;

    public FindingsViewModel(TaskExecutor executor, DialogService dialogs, EvidenceNavigator navigator) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.navigator = navigator;
        reportFilter.addListener((obs, was, is) -> applyFilter());
        verdictFilter.addListener((obs, was, is) -> applyFilter());
        search.addListener((obs, was, is) -> applyFilter());
        selected.addListener((obs, was, is) -> describe(is));
        useCatalog(Catalog.builtIn());
    }

    /** Checks the catalog against a newly opened dataset (null: nothing open). */
    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        refresh();
    }

    /** Replaces the catalog (built-in or loaded) and checks it again. */
    public void useCatalog(Catalog c) {
        catalog.set(c);
        TreeSet<String> families = new TreeSet<>();
        c.findings().forEach(f -> families.add(ReportFamily.of(f)));
        reports.setAll(families);
        if (reportFilter.get() != null && !families.contains(reportFilter.get())) {
            reportFilter.set(null);
        }
        catalogText.set(catalogName(c));
        refresh();
    }

    private static String catalogName(Catalog c) {
        String src = c.source() == null ? "" : c.source();
        if (src.startsWith("built-in")) {
            return I18n.format("findings.catalog.builtIn", c.findings().size());
        }
        String name = src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\')) + 1);
        return I18n.format("findings.catalog.file", name, c.findings().size());
    }

    /** Asks for a catalog JSON file and uses it; a file that is not a catalog is reported, the old one stays. */
    public void loadCatalog() {
        Path initial = dataset == null ? null : dataset.root();
        dialogs.chooseFile(I18n.tr("findings.loadCatalog.title"), initial, I18n.tr("findings.loadCatalog.filter"),
                "*.json").ifPresent(this::loadCatalog);
    }

    /** Loads a catalog file; errors (with the JSON path of the bad entry) go to an error dialog. */
    public boolean loadCatalog(Path file) {
        try {
            useCatalog(Catalog.load(file));
            return true;
        } catch (IOException | CatalogException e) {
            dialogs.showError(I18n.tr("findings.loadCatalog.error"), I18n.format("findings.loadCatalog.message",
                    file, String.valueOf(e.getMessage())), e);
            return false;
        }
    }

    /** Goes back to the built-in catalog. */
    public void useBuiltInCatalog() {
        useCatalog(Catalog.builtIn());
    }

    /** Runs every check in the background; a check run still going is cancelled. */
    public void refresh() {
        if (checking != null) {
            checking.cancel();
        }
        long gen = ++checkGeneration;
        Catalog c = catalog.get();
        Dataset ds = dataset;
        if (ds == null || c == null) {
            checking = null;
            computing.set(false);
            status.set("");
            show(List.of());
            countsText.set("");
            return;
        }
        computing.set(true);
        status.set(I18n.tr("findings.computing"));
        checking = executor.submitSlow(I18n.tr("task.findings"),
                (progress, cancel) -> FindingsChecker.check(ds, c, cancel),
                TaskCallbacks.of(r -> {
                    if (gen == checkGeneration) {
                        computing.set(false);
                        status.set("");
                        show(r);
                    }
                }, e -> {
                    if (gen == checkGeneration) {
                        computing.set(false);
                        show(List.of());
                        countsText.set("");
                        status.set(I18n.format("findings.failed", String.valueOf(e.getMessage())));
                    }
                }, () -> { }));
    }

    private void show(List<FindingResult> r) {
        FindingResult was = selected.get();
        results.setAll(r);
        VerdictCounts c = VerdictCounts.of(r);
        counts.set(c);
        countsText.set(c.text());
        applyFilter();
        // Keep the finding the user was reading (same id and scope) across reloads; else the first one.
        FindingResult again = was == null ? null : shown.stream().filter(x -> sameFinding(x, was)).findFirst()
                .orElse(null);
        selected.set(again != null ? again : shown.isEmpty() ? null : shown.get(0));
    }

    private static boolean sameFinding(FindingResult a, FindingResult b) {
        return a.id().equals(b.id()) && FindingScope.of(a).equals(FindingScope.of(b));
    }

    private void applyFilter() {
        FindingFilter f = new FindingFilter(reportFilter.get(), verdictFilter.get(), search.get());
        List<FindingResult> keep = results.stream().filter(f).toList();
        if (!shown.equals(keep)) {
            shown.setAll(keep);
        }
        if (selected.get() != null && !shown.contains(selected.get())) {
            selected.set(shown.isEmpty() ? null : shown.get(0));
        }
    }

    private void describe(FindingResult r) {
        detail.set(r == null ? null : FindingDetail.of(r));
        canShowInView.set(r != null && r.chart() != null && !r.chart().isEmpty());
        drawChart(r);
    }

    private void drawChart(FindingResult r) {
        if (drawing != null) {
            drawing.cancel();
        }
        long gen = ++drawGeneration;
        Dataset ds = dataset;
        if (r == null || ds == null || r.chart() == null || r.chart().isEmpty()) {
            drawing = null;
            chart.set(null);
            chartNote.set(r == null ? "" : I18n.tr("findings.chart.none"));
            return;
        }
        chart.set(null);
        chartNote.set(I18n.tr("findings.chart.drawing"));
        drawing = executor.submit(I18n.tr("task.findings.chart"), false,
                (progress, cancel) -> FindingChart.build(ds, r),
                TaskCallbacks.of(c -> {
                    if (gen == drawGeneration) {
                        chart.set(c);
                        chartNote.set(c == null ? I18n.tr("findings.chart.none") : "");
                    }
                }, e -> {
                    if (gen == drawGeneration) {
                        chart.set(null);
                        chartNote.set(I18n.format("findings.chart.failed", String.valueOf(e.getMessage())));
                    }
                }, () -> { }));
    }

    /** Opens the view that shows the selected result's evidence with the filters that produced it. */
    public void showInView() {
        FindingResult r = selected.get();
        if (r != null && canShowInView.get()) {
            navigator.showEvidence(r);
        }
    }

    /** Selects the result of a finding id (first scope), if it is shown. */
    public boolean select(String id) {
        FindingResult r = shown.stream().filter(x -> Objects.equals(x.id(), id)).findFirst().orElse(null);
        if (r != null) {
            selected.set(r);
        }
        return r != null;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** Every result of the last check, in catalog order. */
    public ObservableList<FindingResult> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** The results the filters keep, in catalog order. */
    public ObservableList<FindingResult> shownResults() {
        return shownView;
    }

    /** The report families of the catalog (TR118 ... Checklist), sorted. */
    public ReadOnlyListProperty<String> reportsProperty() {
        return reports.getReadOnlyProperty();
    }

    /** One report family, null for all. */
    public ObjectProperty<String> reportFilterProperty() {
        return reportFilter;
    }

    /** One verdict, null for all. */
    public ObjectProperty<Verdict> verdictFilterProperty() {
        return verdictFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<FindingResult> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<FindingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The evidence chart of the selected result (null while drawing or when there is none). */
    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Why there is no chart (none for this result, drawing, failed); "" when one is shown. */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerdictCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "3 confirmed · 1 contradicted · …" for the open folder; "" when nothing is open. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** Which catalog is checked and how many findings it has. */
    public ReadOnlyStringProperty catalogTextProperty() {
        return catalogText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** True when the selected result names a view that shows its evidence. */
    public ReadOnlyBooleanProperty canShowInViewProperty() {
        return canShowInView.getReadOnlyProperty();
    }
}
