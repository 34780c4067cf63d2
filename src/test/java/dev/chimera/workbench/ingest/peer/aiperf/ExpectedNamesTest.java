package dev.chimera.workbench.ingest.peer.aiperf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names offered in the learnt order give exactly the names and tokens plain parsing gives, whatever the order. */
class ExpectedNamesTest {
    private final ExpectedNames names = new ExpectedNames();

    private List<String> read(String json) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            int i = 0;
            while (names.next(p, i++)) {
                out.add(p.currentName() + "=" + p.nextToken() + ":" + p.getText());
            }
            out.add(p.currentToken().name());
        }
        return out;
    }

    @Test
    void learntOrderChangedOrderAndExtraNamesAllReadCorrectly() throws IOException {
        assertThat(read("{\"a\": 1, \"bb\": \"x\"}")).containsExactly("a=VALUE_NUMBER_INT:1", "bb=VALUE_STRING:x",
                "END_OBJECT");
        // Same order (the fast match), then swapped, then a prefix of a learnt name, an extra name, an empty object.
        assertThat(read("{\"a\": 2, \"bb\": \"y\"}")).containsExactly("a=VALUE_NUMBER_INT:2", "bb=VALUE_STRING:y",
                "END_OBJECT");
        assertThat(read("{\"bb\": true, \"a\": null}")).containsExactly("bb=VALUE_TRUE:true", "a=VALUE_NULL:null",
                "END_OBJECT");
        assertThat(read("{\"b\": 1, \"a\": 2, \"c\": 3}")).containsExactly("b=VALUE_NUMBER_INT:1",
                "a=VALUE_NUMBER_INT:2", "c=VALUE_NUMBER_INT:3", "END_OBJECT");
        assertThat(read("{}")).containsExactly("END_OBJECT");
        assertThat(read("{\"b\":1,\"a\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9}")).hasSize(10);
    }
}
