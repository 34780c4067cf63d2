package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * A TR117/TR120 {@code run_*.json} document parsed in one streaming pass that also remembers the line of every
 * element of one array, so each sample row can point at its own line in the file.
 */
final class RunDocument {
    private final ObjectNode root;
    private final long[] elementLines;
    private final int elementCount;

    private RunDocument(ObjectNode root, long[] elementLines, int elementCount) {
        this.root = root;
        this.elementLines = elementLines;
        this.elementCount = elementCount;
    }

    ObjectNode root() {
        return root;
    }

    /** 1-based line of element {@code i} of the tracked array (0 when unknown). */
    long lineOf(int i) {
        return i < elementCount ? elementLines[i] : 0;
    }

    /**
     * Parses the file; on a syntax error reports it with line and column and returns null. A document that
     * is not an object is reported the same way.
     */
    static RunDocument parse(ReadContext ctx, String trackedArray) throws IOException {
        try (BufferedReader r = ctx.openDocumentText();
             JsonParser p = JsonSupport.mapper().getFactory().createParser(r)) {
            try {
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    JsonLocation loc = p.currentTokenLocation();
                    ctx.diagnostics().error(loc.getLineNr(), loc.getColumnNr(),
                            t == null ? "empty JSON document" : "expected a JSON object, found " + t.asString());
                    return null;
                }
                ObjectNode root = JsonSupport.mapper().createObjectNode();
                long[] lines = new long[64];
                int count = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    t = p.nextToken();
                    if (name.equals(trackedArray) && t == JsonToken.START_ARRAY) {
                        ArrayNode arr = root.putArray(name);
                        count = 0;
                        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                            if (t == null) {
                                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input");
                            }
                            if (count == lines.length) {
                                lines = Arrays.copyOf(lines, count * 2);
                            }
                            lines[count++] = p.currentTokenLocation().getLineNr();
                            arr.add(nonNull(JsonSupport.mapper().readTree(p)));
                        }
                    } else {
                        root.set(name, nonNull(JsonSupport.mapper().readTree(p)));
                    }
                }
                JsonSupport.checkTrailing(ctx, p, -1);
                return new RunDocument(root, lines, count);
            } catch (JsonProcessingException e) {
                JsonLocation loc = JsonSupport.where(e, p);
                ctx.diagnostics().error(loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                        "not valid JSON: " + e.getOriginalMessage() + "; no rows loaded from this file");
                return null;
            }
        }
    }

    private static JsonNode nonNull(JsonNode n) {
        return n == null ? NullNode.getInstance() : n;
    }
}
