package dev.chimera.workbench.regime;

/** A named decision tree of a matrix. */
public record DecisionTree(String id, String title, String source, TreeNode root) {
}
