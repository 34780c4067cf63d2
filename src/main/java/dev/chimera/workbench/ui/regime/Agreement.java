package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.regime.MatrixAdvice;
import dev.chimera.workbench.regime.YourRegime;

/** Whether the matrix's recommendation names the data's winner at the slider's size. */
public enum Agreement {
    AGREES, DISAGREES,
    /** No winner in the data, or the matrix names no backend the data has. */
    NOT_COMPARABLE;

    /** Same rule as the {@code regime} command's agreement field. */
    public static Agreement of(MatrixAdvice advice, YourRegime.Answer answer, YourRegime yours) {
        if (advice == null || answer == null || answer.winner() == null || advice.backends().isEmpty()) {
            return NOT_COMPARABLE;
        }
        if (advice.backends().contains(answer.winner())) {
            return AGREES;
        }
        return advice.backends().stream().anyMatch(yours.backendNames()::contains) ? DISAGREES : NOT_COMPARABLE;
    }
}
