package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;

/** The selected finding's evidence chart, or a note saying why there is none. */
final class EvidenceChartPane extends BorderPane {
    static final String ID = "findingsChart";
    private final ChartViewer viewer = new ChartViewer();
    private final Label note = new Label();

    EvidenceChartPane(FindingsViewModel vm) {
        setId(ID);
        getStyleClass().add(Styles.CHART_PANE);
        Label title = new Label(I18n.tr("findings.chart.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        setTop(title);
        viewer.getCanvas().setTooltipEnabled(true);
        note.getStyleClass().add(Styles.CHART_EMPTY);
        note.setWrapText(true);
        note.textProperty().bind(vm.chartNoteProperty());
        StackPane stack = new StackPane(viewer, note);
        stack.setMinSize(120, 80);
        setCenter(stack);
        vm.chartProperty().addListener((obs, was, is) -> show(is));
        show(vm.chartProperty().get());
    }

    private void show(org.jfree.chart.JFreeChart chart) {
        viewer.setVisible(chart != null);
        note.setVisible(chart == null);
        if (chart != null) {
            dev.chimera.workbench.ui.ScreenCharts.show(viewer, chart);
        }
    }

    ChartViewer viewer() {
        return viewer;
    }
}
