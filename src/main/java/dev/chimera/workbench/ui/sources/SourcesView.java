package dev.chimera.workbench.ui.sources;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Sources panel: a tree of the open folder's files with their format, row count and diagnostics badge. */
public final class SourcesView extends VBox {
    public static final String TREE_ID = "sourcesTree";

    private final SourcesViewModel viewModel;
    private final TreeView<SourceNode> tree = new TreeView<>();
    private boolean syncing;

    public SourcesView(SourcesViewModel viewModel) {
        this.viewModel = viewModel;
        Label header = new Label(I18n.tr("sources.header"));
        header.getStyleClass().add(Styles.PANEL_HEADER);
        header.setMaxWidth(Double.MAX_VALUE);
        tree.setId(TREE_ID);
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new SourceCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(header, tree);

        viewModel.rootProperty().addListener((obs, was, is) -> rebuild(is));
        rebuild(viewModel.getRoot());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (!syncing) {
                viewModel.select(is == null ? null : is.getValue());
            }
        });
        viewModel.selectedFileProperty().addListener((obs, was, is) -> showSelection(is));
    }

    private void rebuild(SourceNode root) {
        syncing = true;
        try {
            tree.setRoot(root == null ? null : item(root, true));
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<SourceNode> item(SourceNode node, boolean expanded) {
        TreeItem<SourceNode> item = new TreeItem<>(node);
        for (SourceNode child : node.children()) {
            item.getChildren().add(item(child, child.folder() && child.children().size() < 50));
        }
        item.setExpanded(expanded);
        return item;
    }

    /** Mirrors a selection made elsewhere (a diagnostic double-clicked) in the tree. */
    private void showSelection(SourceNode node) {
        TreeItem<SourceNode> current = tree.getSelectionModel().getSelectedItem();
        if (node == null || current != null && node.equals(current.getValue()) || tree.getRoot() == null) {
            return;
        }
        TreeItem<SourceNode> found = find(tree.getRoot(), node.path());
        if (found != null) {
            for (TreeItem<SourceNode> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            syncing = true;
            try {
                tree.getSelectionModel().select(found);
            } finally {
                syncing = false;
            }
            tree.scrollTo(tree.getRow(found));
        }
    }

    private static TreeItem<SourceNode> find(TreeItem<SourceNode> item, String path) {
        if (!item.getValue().folder() && item.getValue().path().equals(path)) {
            return item;
        }
        for (TreeItem<SourceNode> c : item.getChildren()) {
            TreeItem<SourceNode> f = find(c, path);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public TreeView<SourceNode> tree() {
        return tree;
    }

    /** Name, a grey detail (format · rows), and a badge with the diagnostics count coloured by severity. */
    private static final class SourceCell extends TreeCell<SourceNode> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label badge = new Label();
        private final HBox box;

        SourceCell() {
            name.getStyleClass().add(Styles.SOURCE_NAME);
            detail.getStyleClass().add(Styles.SOURCE_DETAIL);
            badge.getStyleClass().add(Styles.BADGE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, name, detail, spacer, badge);
            box.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(SourceNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            setText(null);
            name.setText(node.name());
            name.getStyleClass().remove(Styles.SOURCE_FOLDER);
            if (node.folder()) {
                name.getStyleClass().add(Styles.SOURCE_FOLDER);
                detail.setText(I18n.format("sources.folderDetail", node.rows()));
            } else {
                // A file that adds no rows (manifest, duplicate copy) shows what it holds instead of "0 rows".
                detail.setText(node.rows() == 0 && node.records() > 0
                        ? I18n.format("sources.fileDetailRecords", node.formatName(), node.records())
                        : I18n.format("sources.fileDetail", node.formatName(), node.rows()));
            }
            badge.getStyleClass().removeAll(Styles.BADGE_ERROR, Styles.BADGE_WARNING, Styles.BADGE_INFO);
            badge.setVisible(node.diagnostics() > 0);
            badge.setManaged(node.diagnostics() > 0);
            if (node.worstSeverity() != null) {
                badge.getStyleClass().add(Styles.badgeFor(node.worstSeverity()));
                badge.setText(Integer.toString(node.diagnostics()));
            }
            setGraphic(box);
            setTooltip(new Tooltip(tooltip(node)));
        }

        private static String tooltip(SourceNode node) {
            if (node.folder()) {
                return I18n.format("sources.folderTooltip", node.path().isEmpty() ? node.name() : node.path(),
                        node.rows(), node.diagnostics());
            }
            String text = I18n.format("sources.fileTooltip", node.path(), node.formatName(), node.formatId(),
                    node.kind() == null ? "" : node.kind().label(), node.records(), node.rows(), node.diagnostics());
            return node.note().isEmpty() ? text : text + "\n" + I18n.format("sources.noteTooltip", node.note());
        }
    }
}
