package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.Theme;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The chosen theme (View › Theme), remembered in the preferences node once one is attached. */
public final class ThemeSetting {
    static final String KEY = "theme";
    private static final Logger LOG = LoggerFactory.getLogger(ThemeSetting.class);

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private Preferences node;

    ThemeSetting() {
        theme.addListener((obs, was, is) -> save(is));
    }

    /** Reads the stored theme from the node and saves every later change there. */
    public void usePreferences(Preferences preferences) {
        this.node = null;
        theme.set(Theme.parse(preferences.get(KEY, Theme.LIGHT.name())));
        this.node = preferences;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme get() {
        return theme.get();
    }

    public void set(Theme value) {
        theme.set(value == null ? Theme.LIGHT : value);
    }

    private void save(Theme value) {
        if (node == null) {
            return;
        }
        node.put(KEY, value.name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("could not save the theme", e);
        }
    }
}
