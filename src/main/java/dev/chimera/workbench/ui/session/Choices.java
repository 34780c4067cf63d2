package dev.chimera.workbench.ui.session;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Small helpers the session adapters share: enum names that may be stale, and choices that arrive later. */
final class Choices {
    private Choices() {
    }

    /** The constant named {@code name} (any case), or null when the session names one this build lacks. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sets {@code target} when {@code value} is known (non-null); unknown saved values leave the view as is. */
    static <T> void setIfKnown(Property<T> target, T value) {
        if (value != null) {
            target.setValue(value);
        }
    }

    /**
     * Selects {@code value} among {@code options} now, or as soon as a background computation fills the options
     * (the Power tab lists its traces only after the first result). Waits for one non-empty fill, then stops.
     */
    static <T> void selectWhenOffered(ObservableList<T> options, Consumer<T> select, T value) {
        if (value == null) {
            return;
        }
        if (options.contains(value)) {
            select.accept(value);
            return;
        }
        ListChangeListener<T> listener = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends T> c) {
                if (options.isEmpty()) {
                    return;
                }
                options.removeListener(this);
                if (options.contains(value)) {
                    select.accept(value);
                }
            }
        };
        options.addListener(listener);
    }

    /** The first element whose key equals {@code key}, or null. */
    static <T> T find(java.util.List<T> options, Function<T, String> keyOf, String key) {
        if (key == null) {
            return null;
        }
        for (T o : options) {
            if (key.equals(keyOf.apply(o))) {
                return o;
            }
        }
        return null;
    }
}
