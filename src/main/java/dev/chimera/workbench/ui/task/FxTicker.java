package dev.chimera.workbench.ui.task;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** A {@link Ticker} on a JavaFX timeline, so ticks arrive on the FX thread. */
public final class FxTicker implements Ticker {

    @Override
    public Runnable start(Duration period, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
