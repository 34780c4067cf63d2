package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The banner above every sub-view of the Distributions tab when the groups' ordering by mean differs from their
 * ordering by median; hidden otherwise. Bound to {@link DistributionViewModel#paradoxProperty()}.
 */
final class ParadoxBanner extends HBox {
    static final String ID = "distParadox";

    ParadoxBanner(DistributionViewModel vm) {
        super(8);
        setId(ID);
        getStyleClass().add(Styles.PARADOX_BANNER);
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label(I18n.tr("dist.paradox.title"));
        title.getStyleClass().add(Styles.PARADOX_TITLE);
        title.setMinWidth(USE_PREF_SIZE);
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(vm.paradoxProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Tooltip tip = DistributionControls.tip("");
        tip.setMaxWidth(760);
        tip.textProperty().bind(Bindings.concat(I18n.tr("dist.paradox.tooltip"), "\n\n", vm.paradoxDetailsProperty()));
        Tooltip.install(this, tip);
        getChildren().setAll(title, text);
        visibleProperty().bind(vm.paradoxProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
