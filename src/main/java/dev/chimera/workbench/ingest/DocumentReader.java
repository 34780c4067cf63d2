package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.FileKind;
import java.io.IOException;
import java.util.function.ToIntFunction;

/**
 * Recognises a side file of a result folder (manifests, harness configs, build metadata) that carries
 * provenance rather than rows: it is checked for syntax, counted as one document and listed with its format,
 * but adds nothing to the canonical tables.
 */
final class DocumentReader implements FormatReader {
    private final String id;
    private final String name;
    private final FileKind kind;
    private final ToIntFunction<FileProbe> detector;
    private final boolean json;

    DocumentReader(String id, String name, FileKind kind, boolean json, ToIntFunction<FileProbe> detector) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.json = json;
        this.detector = detector;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public FileKind kind() {
        return kind;
    }

    @Override
    public int detect(FileProbe probe) {
        return detector.applyAsInt(probe);
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        if (json && JsonSupport.readDocument(ctx) == null) {
            return;
        }
        ctx.addRecord();
        ctx.note(kind == FileKind.MANIFEST ? "provenance document; not tabulated" : "recognised; not tabulated");
    }
}
