package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** A coloured verdict label whose text carries a symbol and the word, so colour is never the only cue. */
final class VerdictBadge extends Label {

    VerdictBadge() {
        getStyleClass().add(Styles.FINDING_BADGE);
        setMinWidth(USE_PREF_SIZE);
    }

    void show(Verdict v) {
        getStyleClass().removeAll(Styles.FINDING_CONFIRMED, Styles.FINDING_CONTRADICTED, Styles.FINDING_INCONCLUSIVE,
                Styles.FINDING_NO_DATA);
        if (v == null) {
            setText(null);
            setTooltip(null);
            setVisible(false);
            return;
        }
        setVisible(true);
        setText(VerdictText.badge(v));
        getStyleClass().add(Styles.findingClass(v));
        setTooltip(new Tooltip(VerdictText.help(v)));
    }
}
