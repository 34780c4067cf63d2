package dev.chimera.workbench.regime;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers "what does the matrix say for this size, GPU, objective and workload": per matrix the row, the path
 * through each decision tree and the recommendation. Stateless after construction and cheap per query (a few
 * comparisons per tree level), so a slider can call it on every step.
 */
public final class RegimeAdvisor {
    private final List<RegimeMatrix> matrices;

    public RegimeAdvisor(List<RegimeMatrix> matrices) {
        this.matrices = List.copyOf(matrices);
    }

    public static RegimeAdvisor builtIn() {
        return new RegimeAdvisor(RegimeMatrixLoader.builtIns());
    }

    public List<RegimeMatrix> matrices() {
        return matrices;
    }

    public List<MatrixAdvice> advise(RegimeInputs in) {
        List<MatrixAdvice> out = new ArrayList<>(matrices.size());
        for (RegimeMatrix m : matrices) {
            List<TreeWalk> walks = new ArrayList<>(m.trees().size());
            for (DecisionTree t : m.trees()) {
                walks.add(walk(t, in));
            }
            out.add(new MatrixAdvice(m, m.rowFor(in), List.copyOf(walks)));
        }
        return out;
    }

    static TreeWalk walk(DecisionTree tree, RegimeInputs in) {
        List<TreeWalk.Step> steps = new ArrayList<>();
        TreeNode node = tree.root();
        while (!node.isLeaf()) {
            boolean size = node.ask().equals(RegimeMatrix.SIZE);
            String answer = size ? dev.chimera.workbench.analysis.scaling.ModelSizes.format(in.params())
                    : in.answer(node.ask());
            if (answer == null) {
                return new TreeWalk(tree.id(), tree.title(), List.copyOf(steps), null, node.ask());
            }
            TreeNode.Branch taken = null;
            for (TreeNode.Branch b : node.branches()) {
                if (size ? b.when().matchesSize(in.params()) : b.when().matchesValue(answer)) {
                    taken = b;
                    break;
                }
            }
            steps.add(new TreeWalk.Step(node.ask(), node.question(), answer,
                    taken == null ? "(no branch for this answer)" : taken.label().isEmpty()
                            ? taken.when().describe() : taken.label()));
            if (taken == null) {
                return new TreeWalk(tree.id(), tree.title(), List.copyOf(steps), null, null);
            }
            node = taken.then();
        }
        return new TreeWalk(tree.id(), tree.title(), List.copyOf(steps), node, null);
    }
}
