package dev.chimera.workbench.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Access to the user-visible strings in {@code messages.properties}. Every call site uses a literal key
 * ({@code I18n.tr("menu.file")}) so {@code LocalizationTest} can find the keys by scanning the sources.
 * A stateless accessor over an immutable bundle, not a service, so it is static like JabRef's Localization.
 */
public final class I18n {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.chimera.workbench.ui.messages");

    private I18n() {
    }

    /** The text for a key; a missing key shows as "!key!" instead of failing the UI. */
    public static String tr(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The text for a key with {0}, {1} ... placeholders filled in (numbers grouped: 1,234). */
    public static String format(String key, Object... args) {
        return new MessageFormat(tr(key), Locale.getDefault()).format(args);
    }
}
