package dev.chimera.workbench.regime;

import java.util.List;

/**
 * A decision-tree node: a question about one input ({@code ask}: size, gpu, objective, workload or any other
 * input name) with branches, or a leaf with a recommendation.
 *
 * @param basis    for leaves: where the recommendation comes from (the report / seed, or the workbench
 *                 filling a gap the source leaves open)
 * @param backends for leaves: backend ids the recommendation names (to compare with data)
 */
public record TreeNode(String ask, String question, List<Branch> branches, String recommend, String row, String why,
                       String basis, List<String> backends) {

    public record Branch(RegimeCondition when, String label, TreeNode then) {
    }

    public boolean isLeaf() {
        return ask == null;
    }
}
