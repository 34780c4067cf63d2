package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Regimes tab: controls on top; the crossover chart with the model-size slider under it and the verdict
 * panel beside it; the size matrix (current row highlighted) and the depth-vs-params fits below.
 */
public final class RegimeView extends BorderPane {
    public static final String STATUS_ID = "regimeStatus";
    private final CrossoverPane chart;
    private final SizeSlider slider;

    public RegimeView(RegimeViewModel vm) {
        getStyleClass().add(Styles.DIST_VIEW);
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(Styles.GRID_LEGEND);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        setTop(new VBox(2, new RegimeControls(vm), status));

        chart = new CrossoverPane(vm);
        slider = new SizeSlider(vm);
        Label chartTitle = new Label(I18n.tr("regime.chart.title"));
        chartTitle.getStyleClass().add(Styles.SECTION_TITLE);
        chartTitle.setTooltip(RegimeControls.tip(I18n.tr("regime.chart.tooltip")));
        VBox left = new VBox(4, chartTitle, chart, slider);
        VBox.setVgrow(chart, Priority.ALWAYS);
        ScrollPane right = new ScrollPane(new VerdictPanel(vm));
        right.setFitToWidth(true);
        right.setMinWidth(300);
        right.setPrefWidth(380);
        SplitPane upper = new SplitPane(left, right);
        upper.setDividerPositions(0.7);

        MatrixTable matrix = new MatrixTable(vm);
        DepthPanel depth = new DepthPanel(vm);
        HBox lower = new HBox(10, matrix, depth);
        HBox.setHgrow(matrix, Priority.ALWAYS);
        matrix.setPrefWidth(420);
        depth.setPrefWidth(560);
        depth.setMinWidth(540);
        lower.getStyleClass().add(Styles.REGIME_LOWER);
        SplitPane centre = new SplitPane(upper, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(lower, false);
        setCenter(centre);
    }

    /** The cursor overlay's x pixel for a size (tests check it moves with the slider). */
    public double cursorX(double params) {
        return chart.cursorX(params);
    }

    public javafx.scene.shape.Line cursor() {
        return chart.cursor();
    }

    public javafx.scene.control.Slider slider() {
        return slider.slider();
    }
}
