package dev.chimera.workbench.ui.session;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Keeps a tab pane's selection and the session's selected-tab id in step (tabs are known by their node id). */
public final class SelectedTabSync {
    private SelectedTabSync() {
    }

    public static void bind(TabPane tabs, ObjectProperty<String> selectedTabId) {
        Tab now = tabs.getSelectionModel().getSelectedItem();
        selectedTabId.set(now == null ? null : now.getId());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && is.getId() != null) {
                selectedTabId.set(is.getId());
            }
        });
        selectedTabId.addListener((obs, was, is) -> {
            for (Tab t : tabs.getTabs()) {
                if (is != null && is.equals(t.getId())) {
                    tabs.getSelectionModel().select(t);
                }
            }
        });
    }
}
