package dev.chimera.workbench.ui.sources;

import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the flat list of loaded files into a folder → file tree of {@link SourceNode}s. */
final class SourceTreeBuilder {
    private static final Comparator<SourceNode> ORDER = Comparator.comparing((SourceNode n) -> !n.folder())
            .thenComparing(SourceNode::name, String.CASE_INSENSITIVE_ORDER);

    private SourceTreeBuilder() {
    }

    static SourceNode build(String rootName, List<SourceFile> files) {
        Dir root = new Dir();
        for (SourceFile f : files) {
            String[] parts = f.path().split("/");
            Dir dir = root;
            for (int i = 0; i < parts.length - 1; i++) {
                dir = dir.dirs.computeIfAbsent(parts[i], k -> new Dir());
            }
            dir.files.add(SourceNode.ofFile(parts[parts.length - 1], f));
        }
        return toNode(rootName, "", root);
    }

    private static SourceNode toNode(String name, String path, Dir dir) {
        List<SourceNode> children = new ArrayList<>();
        for (Map.Entry<String, Dir> e : dir.dirs.entrySet()) {
            String childPath = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
            children.add(toNode(e.getKey(), childPath, e.getValue()));
        }
        children.addAll(dir.files);
        children.sort(ORDER);
        return SourceNode.ofFolder(name, path, children);
    }

    private static final class Dir {
        final Map<String, Dir> dirs = new TreeMap<>();
        final List<SourceNode> files = new ArrayList<>();
    }
}
