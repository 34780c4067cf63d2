package dev.chimera.workbench.regime;

import java.util.List;

/**
 * The path one tree took for the inputs.
 *
 * @param steps        questions asked and the branch taken
 * @param leaf         the recommendation reached, or null when the walk stopped
 * @param missingInput the input the walk stopped at (null when it reached a leaf or no branch matched)
 */
public record TreeWalk(String treeId, String title, List<Step> steps, TreeNode leaf, String missingInput) {

    /** One question: what was asked, the input's value, the branch label taken. */
    public record Step(String ask, String question, String answer, String branch) {
    }

    public boolean complete() {
        return leaf != null;
    }
}
