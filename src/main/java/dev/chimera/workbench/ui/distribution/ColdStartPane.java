package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Cold starts &amp; warmups" sub-view: a summary line, the per-file table across the top, and below it the
 * overall effect next to the warmup-ratio heat map. Binds to {@link ColdStartViewModel} only.
 */
final class ColdStartPane extends BorderPane {
    static final String SUMMARY_ID = "distColdSummary";

    ColdStartPane(ColdStartViewModel vm) {
        setId(DistributionView.COLD_START_ID);
        getStyleClass().add(Styles.COLD_START_SLOT);
        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.ROW_COUNT);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setTooltip(DistributionControls.tip(I18n.tr("dist.cold.summary.tooltip")));
        setTop(summary);

        VBox files = section(I18n.tr("dist.cold.files.title"), I18n.tr("dist.cold.files.tooltip"),
                new ColdStartFileTable(vm));
        VBox effects = section(I18n.tr("dist.cold.effect.title"), I18n.tr("dist.cold.effect.tooltip"),
                new ColdStartEffectTable(vm));
        SplitPane bottom = new SplitPane(effects, new WarmupGridPane(vm));
        bottom.setDividerPositions(0.5);
        SplitPane split = new SplitPane(files, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        setCenter(split);
    }

    /** A titled table (the title's tooltip says what the table is). */
    private static VBox section(String title, String tip, Node table) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        l.setTooltip(DistributionControls.tip(tip));
        VBox box = new VBox(2, l, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
