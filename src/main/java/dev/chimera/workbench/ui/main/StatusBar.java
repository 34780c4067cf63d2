package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Message, progress of the running task and a Cancel button that is only there while a task runs. */
final class StatusBar extends HBox {
    private static final javafx.css.PseudoClass PAUSED = javafx.css.PseudoClass.getPseudoClass("paused");
    static final String MESSAGE_ID = "statusMessage";
    static final String CANCEL_ID = "cancelButton";
    static final String LIVE_STATE_ID = "liveState";
    static final String FINDINGS_ID = "statusFindings";

    StatusBar(MainViewModel viewModel) {
        super(8);
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(viewModel.statusMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        Label findings = new Label();
        findings.setId(FINDINGS_ID);
        findings.getStyleClass().add(Styles.STATUS_FINDINGS);
        javafx.beans.property.ReadOnlyStringProperty counts = viewModel.findings().countsTextProperty();
        findings.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                counts.get().isEmpty() ? "" : I18n.format("findings.status", counts.get()), counts));
        findings.visibleProperty().bind(viewModel.findings().countsTextProperty().isNotEmpty());
        findings.managedProperty().bind(findings.visibleProperty());
        findings.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("findings.status.tooltip")));
        findings.setOnMouseClicked(e -> viewModel.showFindings());

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        progress.setPrefWidth(180);

        Button cancel = new Button(I18n.tr("action.cancel"));
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(viewModel.runningProperty());

        Label live = new Label();
        live.setId(LIVE_STATE_ID);
        live.getStyleClass().add(Styles.LIVE_STATE);
        live.textProperty().bind(viewModel.watch().stateProperty());
        live.visibleProperty().bind(viewModel.watch().liveProperty());
        live.managedProperty().bind(viewModel.watch().liveProperty());
        live.pseudoClassStateChanged(PAUSED, false);
        viewModel.watch().pausedProperty().addListener((obs, was, is) -> live.pseudoClassStateChanged(PAUSED, is));

        getChildren().addAll(live, message, findings, progress, cancel);
    }
}
