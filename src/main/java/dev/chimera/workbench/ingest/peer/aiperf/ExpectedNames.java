package dev.chimera.workbench.ingest.peer.aiperf;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * The field names of one kind of JSON object, in the order the previous record had them. Records of a file repeat
 * their key order, so the k-th name is offered to {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)},
 * which compares the characters in place instead of hashing the name and looking it up in the symbol table; any
 * other name or token is read as usual, and the order is learnt again. Used by one thread.
 */
final class ExpectedNames {
    private SerializedString[] names = new SerializedString[8];

    /**
     * Moves {@code p} to its next token; true when that is a field name ({@link JsonParser#currentName()}), false
     * for anything else ({@link JsonParser#currentToken()} says what).
     */
    boolean next(JsonParser p, int index) throws IOException {
        SerializedString expected = index < names.length ? names[index] : null;
        if (expected != null) {
            if (p.nextFieldName(expected)) {
                return true;
            }
        } else {
            p.nextToken();
        }
        if (p.currentToken() != JsonToken.FIELD_NAME) {
            return false;
        }
        if (index >= names.length) {
            names = Arrays.copyOf(names, Math.max(index + 1, names.length * 2));
        }
        names[index] = new SerializedString(p.currentName());
        return true;
    }
}
