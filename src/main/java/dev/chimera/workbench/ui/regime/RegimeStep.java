package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.regime.Agreement;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.regime.MatrixAdvice;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeInputs;
import dev.chimera.workbench.regime.RegimeLabel;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.TreeWalk;
import dev.chimera.workbench.regime.YourRegime;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What follows the slider and the GPU / objective / workload inputs: the highlighted matrix row, the decision-tree
 * path, "TR says" and "your data says" with its label and the agreement. One update is a walk down each tree
 * (a few comparisons) and a binary search in the precomputed {@link YourRegime}: no fit, no chart redraw.
 */
public final class RegimeStep {
    private final RegimeAdvisor advisor;
    private final RegimeMatrix sizeMatrix;
    private final ObjectProperty<String> gpu = new SimpleObjectProperty<>(this, "gpu", "yes");
    private final ObjectProperty<String> objective = new SimpleObjectProperty<>(this, "objective", "latency");
    private final ObjectProperty<String> workload = new SimpleObjectProperty<>(this, "workload", "prefill");
    private final ReadOnlyIntegerWrapper highlightedRow = new ReadOnlyIntegerWrapper(this, "highlightedRow", -1);
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText", "");
    private final ReadOnlyStringWrapper tier = new ReadOnlyStringWrapper(this, "tier", "");
    private final ReadOnlyStringWrapper trSays = new ReadOnlyStringWrapper(this, "trSays", "");
    private final ReadOnlyStringWrapper workloadSays = new ReadOnlyStringWrapper(this, "workloadSays", "");
    private final ObservableList<String> treePath = FXCollections.observableArrayList();
    private final ObservableList<String> treePathView = FXCollections.unmodifiableObservableList(treePath);
    private final ReadOnlyStringWrapper winner = new ReadOnlyStringWrapper(this, "winner", "");
    private final ReadOnlyStringWrapper winnerValue = new ReadOnlyStringWrapper(this, "winnerValue", "");
    private final ReadOnlyObjectWrapper<RegimeLabel> label = new ReadOnlyObjectWrapper<>(this, "label");
    private final ReadOnlyObjectWrapper<Agreement> agreement =
            new ReadOnlyObjectWrapper<>(this, "agreement", Agreement.NOT_COMPARABLE);
    private final ReadOnlyObjectWrapper<YourRegime.Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private double params = Double.NaN;
    private RegimeResult result;

    RegimeStep(RegimeAdvisor advisor, RegimeMatrix sizeMatrix) {
        this.advisor = advisor;
        this.sizeMatrix = sizeMatrix;
        for (javafx.beans.value.ObservableValue<String> o : List.of(gpu, objective, workload)) {
            o.addListener((obs, was, is) -> update(params, result));
        }
    }

    /** Recomputes every output for a size and the current result (null: no data). */
    void update(double newParams, RegimeResult newResult) {
        params = newParams;
        result = newResult;
        if (!Double.isFinite(params)) {
            return;
        }
        sizeText.set(ModelSizes.format(params));
        RegimeInputs in = RegimeInputs.of(params, gpu.get(), objective.get(), workload.get());
        List<MatrixAdvice> advice = advisor.advise(in);
        MatrixAdvice size = null;
        MatrixAdvice work = null;
        for (MatrixAdvice a : advice) {
            if (size == null && a.matrix() == sizeMatrix) {
                size = a;
            } else if (work == null && a.matrix().axis().equals(RegimeMatrix.WORKLOAD)) {
                work = a;
            }
        }
        highlightedRow.set(size == null || size.row() == null ? -1 : sizeMatrix.rows().indexOf(size.row()));
        tier.set(size == null || size.row() == null ? "" : size.row().label());
        trSays.set(size == null ? "" : size.recommendation());
        workloadSays.set(work == null ? "" : work.recommendation());
        List<String> path = size == null || size.walks().isEmpty() ? List.of() : path(size.walks().get(0));
        if (!path.equals(treePath)) {
            treePath.setAll(path);
        }
        YourRegime.Answer a = result == null ? null : result.yours().at(params);
        answer.set(a);
        winner.set(a == null || a.winner() == null ? "" : a.winner());
        winnerValue.set(a == null || a.winner() == null ? "" : value(a.value()) + " "
                + result.settings().metric().unit());
        label.set(a == null || a.winner() == null ? null : a.label());
        agreement.set(result == null ? Agreement.NOT_COMPARABLE : Agreement.of(size, a, result.yours()));
    }

    /** "Model size? 10M → Small", …, "→ ONNX Runtime GPU" (or where the walk stopped). */
    static List<String> path(TreeWalk w) {
        List<String> out = new ArrayList<>();
        for (TreeWalk.Step s : w.steps()) {
            out.add(s.question() + " " + s.answer() + " \u2192 " + s.branch());
        }
        if (w.complete()) {
            out.add("\u2192 " + w.leaf().recommend());
        } else if (w.missingInput() != null) {
            out.add(I18n.format("regime.tree.needs", w.missingInput()));
        } else {
            out.add(I18n.tr("regime.tree.noBranch"));
        }
        return out;
    }

    private static String value(double v) {
        return String.format(java.util.Locale.ROOT, v >= 100 ? "%,.0f" : v >= 1 ? "%.2f" : "%.4f", v);
    }

    public ObjectProperty<String> gpuProperty() {
        return gpu;
    }

    public ObjectProperty<String> objectiveProperty() {
        return objective;
    }

    public ObjectProperty<String> workloadProperty() {
        return workload;
    }

    /** Index of the size matrix row the slider is in (-1: none). */
    public ReadOnlyIntegerProperty highlightedRowProperty() {
        return highlightedRow.getReadOnlyProperty();
    }

    /** The slider's size as text ("76M"). */
    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    /** The size matrix row's label ("Small (1M-50M)"). */
    public ReadOnlyStringProperty tierProperty() {
        return tier.getReadOnlyProperty();
    }

    /** The size matrix's recommendation for the inputs (its tree's leaf, else the row's backend). */
    public ReadOnlyStringProperty trSaysProperty() {
        return trSays.getReadOnlyProperty();
    }

    /** The Conclusive workload matrix's recommendation for the workload input. */
    public ReadOnlyStringProperty workloadSaysProperty() {
        return workloadSays.getReadOnlyProperty();
    }

    public ObservableList<String> treePath() {
        return treePathView; // one wrapper: listeners on a fresh wrapper each call would be collected
    }

    /** The data's winning backend at the size ("" without data). */
    public ReadOnlyStringProperty winnerProperty() {
        return winner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty winnerValueProperty() {
        return winnerValue.getReadOnlyProperty();
    }

    /** Measured / interpolated / extrapolated; null without data. */
    public ReadOnlyObjectProperty<RegimeLabel> labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Agreement> agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<YourRegime.Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }
}
