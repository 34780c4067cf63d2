package dev.chimera.workbench.regime;

import java.util.Locale;

/** Whether the matrix's recommendation names the data's winner at the slider's size. */
public enum Agreement {
    AGREES, DISAGREES,
    /** No winner in the data, or the matrix names no backend the data has. */
    NOT_COMPARABLE;

    /** The one rule, used by the {@code regime} command and the Regimes view. */
    public static Agreement of(MatrixAdvice advice, YourRegime.Answer answer, YourRegime yours) {
        if (advice == null || answer == null || answer.winner() == null || advice.backends().isEmpty()) {
            return NOT_COMPARABLE;
        }
        if (advice.backends().contains(answer.winner())) {
            return AGREES;
        }
        return advice.backends().stream().anyMatch(yours.backendNames()::contains) ? DISAGREES : NOT_COMPARABLE;
    }

    /** "agrees", "disagrees", "not comparable". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
