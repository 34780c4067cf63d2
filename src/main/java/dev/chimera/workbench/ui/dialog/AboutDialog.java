package dev.chimera.workbench.ui.dialog;

import dev.chimera.workbench.about.AboutInfo;
import dev.chimera.workbench.about.BuildInfo;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.io.InputStream;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help › About: the app's version, the Java and JavaFX runtimes, and the bundled libraries' versions. */
final class AboutDialog {
    static final String GRID_ID = "aboutVersions";
    static final String ICON = "/dev/chimera/workbench/ui/app-icon-64.png";

    private AboutDialog() {
    }

    static Alert create(Window owner, AboutInfo about) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.format("about.title", about.appName()));
        alert.setHeaderText(about.appName() + "\n" + I18n.format("about.version", about.appVersion()));
        try (InputStream in = AboutDialog.class.getResourceAsStream(ICON)) {
            if (in != null) {
                alert.setGraphic(new ImageView(new Image(in)));
            }
        } catch (java.io.IOException e) {
            // No icon: the dialog still says everything.
        }
        GridPane grid = new GridPane();
        grid.setId(GRID_ID);
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        row = addRow(grid, row, I18n.tr("about.java"), about.javaVersion() + " (" + about.javaVendor() + ")");
        row = addRow(grid, row, I18n.tr("about.javafx"),
                about.javaFxVersion() == null ? I18n.tr("about.unknown") : about.javaFxVersion());
        Label libs = new Label(I18n.tr("about.libraries"));
        libs.getStyleClass().add(Styles.SECTION_TITLE);
        grid.add(libs, 0, row++, 2, 1);
        for (BuildInfo.Library lib : about.libraries()) {
            row = addRow(grid, row, lib.name(), lib.version());
        }
        alert.getDialogPane().setContent(grid);
        ButtonType copy = new ButtonType(I18n.tr("about.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        // Copying must not close the dialog.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(about.asText());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        return alert;
    }

    private static int addRow(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.CONTROL_LABEL);
        grid.add(n, 0, row);
        grid.add(new Label(value), 1, row);
        return row + 1;
    }
}
