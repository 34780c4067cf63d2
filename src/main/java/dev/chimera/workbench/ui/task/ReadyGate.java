package dev.chimera.workbench.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds actions until something a ViewModel computes in the background has arrived: open, an action runs at once;
 * closed, it waits and runs, in order, when the gate opens. For settings that pick among choices still being
 * computed (a session restore, a finding's "Show in view" right after a folder opened). UI thread only.
 */
public final class ReadyGate {
    private boolean open = true;
    private final List<Runnable> waiting = new ArrayList<>();

    /** From now on actions wait (the choices are being recomputed). */
    public void close() {
        open = false;
    }

    /** Runs {@code action} now when open, else when the gate next opens. */
    public void whenOpen(Runnable action) {
        if (open) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    /** Opens and runs what waited, in the order it came (an action may itself call {@link #whenOpen}: runs now). */
    public void open() {
        open = true;
        List<Runnable> due = new ArrayList<>(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    /** Opens and drops what waited: what it would have picked from never arrived (the computation failed). */
    public void openDropping() {
        open = true;
        waiting.clear();
    }
}
