package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.regime.Agreement;
import dev.chimera.workbench.regime.RegimeLabel;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Beside the chart: the matrix inputs (GPU, objective, workload), "TR says / your data says" with the
 * measured / interpolated / extrapolated label and the agreement badge, and the decision-tree path taken.
 */
final class VerdictPanel extends VBox {
    static final String TR_SAYS_ID = "regimeTrSays";
    static final String WINNER_ID = "regimeWinner";
    static final String LABEL_ID = "regimeLabel";
    static final String BADGE_ID = "regimeAgreement";
    static final String PATH_ID = "regimeTreePath";
    private final Label badge = new Label();
    private final Label label = new Label();
    private final VBox path = new VBox(2);

    VerdictPanel(RegimeViewModel vm) {
        super(8);
        getStyleClass().add(Styles.REGIME_PANEL);
        RegimeStep s = vm.step();
        GridPane inputs = new GridPane();
        inputs.setHgap(8);
        inputs.setVgap(4);
        inputs.addRow(0, name(I18n.tr("regime.gpu")), combo(RegimeViewModel.GPU, s.gpuProperty(), "regimeGpu"));
        inputs.addRow(1, name(I18n.tr("regime.objective")),
                combo(RegimeViewModel.OBJECTIVES, s.objectiveProperty(), "regimeObjective"));
        inputs.addRow(2, name(I18n.tr("regime.workload")),
                combo(RegimeViewModel.WORKLOADS, s.workloadProperty(), "regimeWorkload"));

        GridPane says = new GridPane();
        says.setHgap(8);
        says.setVgap(4);
        Label size = value();
        size.textProperty().bind(s.sizeTextProperty().concat("  \u00b7  ").concat(s.tierProperty()));
        Label tr = value();
        tr.setId(TR_SAYS_ID);
        tr.textProperty().bind(s.trSaysProperty());
        Label work = value();
        work.textProperty().bind(s.workloadSaysProperty());
        Label winner = value();
        winner.setId(WINNER_ID);
        winner.textProperty().bind(s.winnerProperty().concat("  ").concat(s.winnerValueProperty()));
        label.setId(LABEL_ID);
        badge.setId(BADGE_ID);
        says.addRow(0, name(I18n.tr("regime.atSize")), size);
        says.addRow(1, name(I18n.tr("regime.trSays")), tr);
        says.addRow(2, name(I18n.tr("regime.workloadSays")), work);
        says.addRow(3, name(I18n.tr("regime.dataSays")), winner);
        says.add(new HBox(6, label, badge), 1, 4);

        Label pathTitle = new Label(I18n.tr("regime.treePath"));
        pathTitle.getStyleClass().add(Styles.SECTION_TITLE);
        path.setId(PATH_ID);
        path.getStyleClass().add(Styles.REGIME_PATH);
        s.treePath().addListener((ListChangeListener<String>) c -> showPath(s.treePath()));
        showPath(s.treePath());
        s.labelProperty().addListener((obs, was, is) -> showLabel(is));
        s.agreementProperty().addListener((obs, was, is) -> showAgreement(is));
        showLabel(s.labelProperty().get());
        showAgreement(s.agreementProperty().get());
        Label title = new Label(I18n.tr("regime.panel.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().setAll(inputs, title, says, pathTitle, path);
    }

    private void showPath(List<String> steps) {
        path.getChildren().clear();
        for (String step : steps) {
            Label l = new Label(step);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.REGIME_PATH_STEP);
            path.getChildren().add(l);
        }
    }

    private void showLabel(RegimeLabel l) {
        label.getStyleClass().setAll("label", Styles.REGIME_CHIP);
        label.setText(l == null ? "" : l.id());
        label.setVisible(l != null);
    }

    private void showAgreement(Agreement a) {
        badge.getStyleClass().setAll("label", Styles.REGIME_CHIP, switch (a) {
            case AGREES -> Styles.REGIME_AGREES;
            case DISAGREES -> Styles.REGIME_DISAGREES;
            case NOT_COMPARABLE -> Styles.REGIME_NOT_COMPARABLE;
        });
        badge.setText(switch (a) {
            case AGREES -> I18n.tr("regime.agrees");
            case DISAGREES -> I18n.tr("regime.disagrees");
            case NOT_COMPARABLE -> I18n.tr("regime.notComparable");
        });
    }

    private static ComboBox<String> combo(List<String> items, javafx.beans.property.ObjectProperty<String> p,
            String id) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.valueProperty().bindBidirectional(p);
        c.setId(id);
        return c;
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label value() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMaxWidth(330);
        return l;
    }
}
