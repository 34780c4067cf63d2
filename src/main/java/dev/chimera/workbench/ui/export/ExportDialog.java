package dev.chimera.workbench.ui.export;

import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The export dialog: a check box per chart of the current tab, the formats, the PNG scale or DPI, the folder
 * (chosen through the DialogService's directory chooser) and the automatic annotations. Returns the answer;
 * writing the files is the ViewModel's.
 */
public final class ExportDialog {
    public static final String ID = "exportDialog";
    public static final String FOLDER_ID = "exportFolder";
    public static final String OK_ID = "exportOk";
    static final List<String> RESOLUTIONS = List.of("1\u00d7", "2\u00d7", "150 dpi", "300 dpi", "600 dpi");
    private final ExportDialogRequest request;
    private final DialogService chooser;

    public ExportDialog(ExportDialogRequest request, DialogService chooser) {
        this.request = request;
        this.chooser = chooser;
    }

    public Optional<ExportDialogAnswer> showAndWait(Window owner) {
        return build(owner).showAndWait();
    }

    /** The dialog, not shown yet (tests show and press it themselves). */
    public Dialog<ExportDialogAnswer> build(Window owner) {
        Dialog<ExportDialogAnswer> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("export.title"));
        dialog.setHeaderText(I18n.tr("export.header"));
        dialog.getDialogPane().setId(ID);
        ButtonType ok = new ButtonType(I18n.tr("export.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId(OK_ID);

        VBox charts = new VBox(4);
        List<CheckBox> chartBoxes = new ArrayList<>();
        for (TabChart c : request.charts()) {
            CheckBox box = new CheckBox(c.title());
            box.setSelected(true);
            box.setUserData(c.id());
            chartBoxes.add(box);
            charts.getChildren().add(box);
        }
        CheckBox png = new CheckBox("PNG");
        png.setSelected(true);
        CheckBox svg = new CheckBox("SVG");
        CheckBox pdf = new CheckBox("PDF");
        ComboBox<String> resolution = new ComboBox<>();
        resolution.getItems().setAll(RESOLUTIONS);
        resolution.getSelectionModel().select(1);
        resolution.disableProperty().bind(png.selectedProperty().not());
        TextField folder = new TextField(request.initialFolder() == null ? "" : request.initialFolder().toString());
        folder.setPrefColumnCount(28);
        folder.setId(FOLDER_ID);
        Button browse = new Button(I18n.tr("export.browse"));
        browse.setOnAction(e -> chooser.chooseDirectory(I18n.tr("export.folder"), pathOrNull(folder.getText()))
                .ifPresent(p -> folder.setText(p.toString())));
        CheckBox bands = new CheckBox(I18n.tr("export.auto.bands"));
        CheckBox crossover = new CheckBox(I18n.tr("export.auto.crossover"));
        CheckBox slider = new CheckBox(I18n.tr("export.auto.slider"));
        CheckBox verdict = new CheckBox(I18n.tr("export.auto.verdict"));
        CheckBox counts = new CheckBox(I18n.tr("export.auto.counts"));
        for (CheckBox b : List.of(bands, crossover, slider, verdict, counts)) {
            b.setSelected(true);
        }
        for (CheckBox b : List.of(bands, crossover, slider, verdict)) {
            b.setDisable(!request.crossoverToggles());
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(I18n.tr("export.charts")), charts);
        grid.addRow(1, new Label(I18n.tr("export.formats")), new HBox(12, png, svg, pdf));
        grid.addRow(2, new Label(I18n.tr("export.resolution")), resolution);
        grid.addRow(3, new Label(I18n.tr("export.folder")), new HBox(6, folder, browse));
        grid.addRow(4, new Label(I18n.tr("export.annotations")), new VBox(4, bands, crossover, slider, verdict,
                counts));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(folder.textProperty().isEmpty()
                .or(png.selectedProperty().or(svg.selectedProperty()).or(pdf.selectedProperty()).not()));

        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            List<String> ids = chartBoxes.stream().filter(CheckBox::isSelected)
                    .map(b -> (String) b.getUserData()).toList();
            List<ExportFormat> formats = new ArrayList<>();
            if (png.isSelected()) {
                formats.add(ExportFormat.PNG);
            }
            if (svg.isSelected()) {
                formats.add(ExportFormat.SVG);
            }
            if (pdf.isSelected()) {
                formats.add(ExportFormat.PDF);
            }
            int r = resolution.getSelectionModel().getSelectedIndex();
            double scale = r == 1 ? 2 : 1;
            int dpi = r == 2 ? 150 : r == 3 ? 300 : r == 4 ? 600 : 0;
            AutoAnnotations auto = new AutoAnnotations(bands.isSelected(), crossover.isSelected(),
                    slider.isSelected(), verdict.isSelected(), counts.isSelected(), Double.NaN, null);
            return new ExportDialogAnswer(ids, formats, scale, dpi, Path.of(folder.getText().trim()), auto);
        });
        return dialog;
    }

    private static Path pathOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
