package dev.chimera.workbench.ui.sources;

import dev.chimera.workbench.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Sources tree: folders and files of the open dataset, and which file is selected. Other views follow the
 * selection ({@link #selectedFileProperty()}); the tree itself is plain data for the view to render.
 */
public final class SourcesViewModel {
    private final ReadOnlyObjectWrapper<SourceNode> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyObjectWrapper<SourceNode> selectedFile = new ReadOnlyObjectWrapper<>(this, "selectedFile");

    public ReadOnlyObjectProperty<SourceNode> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The selected file node, or null when nothing (or a folder) is selected. */
    public ReadOnlyObjectProperty<SourceNode> selectedFileProperty() {
        return selectedFile.getReadOnlyProperty();
    }

    public SourceNode getRoot() {
        return root.get();
    }

    public void setDataset(Dataset dataset) {
        selectedFile.set(null);
        if (dataset == null) {
            root.set(null);
            return;
        }
        String name = dataset.root().getFileName() == null ? dataset.root().toString()
                : dataset.root().getFileName().toString();
        root.set(SourceTreeBuilder.build(name, dataset.files()));
    }

    /** Selects a node; folders clear the file selection. */
    public void select(SourceNode node) {
        selectedFile.set(node == null || node.folder() ? null : node);
    }

    /** Selects the file with this relative path; unknown paths (e.g. folder-level diagnostics) clear it. */
    public void selectPath(String relativePath) {
        select(find(relativePath).orElse(null));
    }

    public Optional<SourceNode> find(String relativePath) {
        if (root.get() == null || relativePath == null || relativePath.isEmpty()) {
            return Optional.empty();
        }
        return allFiles().stream().filter(n -> n.path().equals(relativePath)).findFirst();
    }

    /** Every file node, depth first in display order. */
    public List<SourceNode> allFiles() {
        List<SourceNode> out = new ArrayList<>();
        if (root.get() != null) {
            collect(root.get(), out);
        }
        return out;
    }

    private static void collect(SourceNode node, List<SourceNode> out) {
        if (!node.folder()) {
            out.add(node);
        }
        for (SourceNode c : node.children()) {
            collect(c, out);
        }
    }
}
