package dev.chimera.workbench.ui.task;

import java.time.Duration;

/** Calls a runnable periodically on the UI thread; a seam so tests can tick by hand. */
@FunctionalInterface
public interface Ticker {

    /** Starts ticking; the returned runnable stops it. */
    Runnable start(Duration period, Runnable tick);

    /** Never ticks: tests call the tick themselves. */
    Ticker MANUAL = (period, tick) -> () -> { };
}
