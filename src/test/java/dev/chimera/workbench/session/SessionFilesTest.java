package dev.chimera.workbench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFilesTest {
    @TempDir
    Path temp;

    private static final String HEAD = "{\"schema\": \"chimera.session\", \"version\": 1, ";

    @Test
    void writeThenReadGivesAnEqualSession() throws Exception {
        Session s = SessionSamples.full(temp);
        Path file = temp.resolve("a" + SessionFiles.SUFFIX);
        SessionFiles.write(file, s);

        Session back = SessionFiles.read(file);
        assertThat(back).isEqualTo(s);
        // Field by field on a few, so an equals that ignored something would still be caught.
        assertThat(back.regimes().modelParams()).isEqualTo(1.5e9);
        assertThat(back.cost().prices().tiers().get(0).usdPerHour()).isEqualTo(0.25);
        assertThat(back.annotations().get(2).text()).isEqualTo("line 1\nline \"2\"");
        assertThat(back.distributions().filters()).containsEntry("backend", List.of("vllm", "ollama"));
        // Only the chosen file is left in the folder (the temp file was moved, not left behind).
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a" + SessionFiles.SUFFIX);
        }
        String text = Files.readString(file);
        assertThat(text).contains("\"schema\" : \"chimera.session\"").contains("\"version\" : 1")
                .doesNotContain("@class").doesNotContain("dev.chimera");
    }

    @Test
    void writeReplacesAnExistingFile() throws Exception {
        Path file = temp.resolve("b.chimera-session.json");
        Files.writeString(file, "old contents");
        SessionFiles.write(file, SessionSamples.full(temp));
        assertThat(SessionFiles.read(file).selectedTab()).isEqualTo("regimesTab");
    }

    @Test
    void minimalSessionHasNoViewsAndNoFolders() throws Exception {
        Session s = SessionFiles.parse(HEAD + "\"future_field\": {\"x\": 1}}");
        // Unknown fields are ignored; absent views are null (the view keeps its state).
        assertThat(s.folders()).isEmpty();
        assertThat(s.regimes()).isNull();
        assertThat(s.cost()).isNull();
        assertThat(s.annotations()).isEmpty();
    }

    @Test
    void newerVersionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SessionFiles.parse("{\"schema\": \"chimera.session\", \"version\": 2}"))
                .isInstanceOf(SessionFormatException.class)
                .hasMessageContaining("newer Chimera Workbench (session version 2)")
                .hasMessageContaining("reads up to 1");
    }

    @Test
    void wrongOrMissingSchemaAndVersionAreRefused() {
        assertThatThrownBy(() -> SessionFiles.parse("{\"schema\": \"chimera.pricing\", \"version\": 1}"))
                .hasMessage("not a Chimera session file: schema is \"chimera.pricing\", expected \"chimera.session\"");
        assertThatThrownBy(() -> SessionFiles.parse("{\"version\": 1}"))
                .hasMessageContaining("the \"schema\" field is missing");
        assertThatThrownBy(() -> SessionFiles.parse("{\"schema\": \"chimera.session\"}"))
                .hasMessage("$.version: missing");
        assertThatThrownBy(() -> SessionFiles.parse("{\"schema\": \"chimera.session\", \"version\": \"1\"}"))
                .hasMessage("$.version: expected a whole number");
        assertThatThrownBy(() -> SessionFiles.parse("{\"schema\": \"chimera.session\", \"version\": 1.5}"))
                .hasMessage("$.version: expected a whole number");
        assertThatThrownBy(() -> SessionFiles.parse("[1, 2]")).hasMessage("$: expected a JSON object");
        assertThatThrownBy(() -> SessionFiles.parse("")).hasMessage("the file is empty");
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        // Line 3 is `"folders": [,` : the comma at column 15 (1-based) is where the parser stops.
        String text = "{\n  \"schema\": \"chimera.session\",\n  \"folders\": [,\n  \"version\": 1\n}";
        SessionFormatException e = catchThrowableOfType(() -> SessionFiles.parse(text),
                SessionFormatException.class);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(15);
        assertThat(e.getMessage()).startsWith("not valid JSON at line 3, column 15: ");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreSyntaxErrors() {
        SessionFormatException dup = catchThrowableOfType(() -> SessionFiles.parse(
                "{\"schema\": \"chimera.session\",\n\"schema\": \"x\", \"version\": 1}"), SessionFormatException.class);
        assertThat(dup.line()).isEqualTo(2);
        assertThat(dup.getMessage()).contains("Duplicate field 'schema'");
        SessionFormatException trailing = catchThrowableOfType(() -> SessionFiles.parse(HEAD + "\"x\": 1} {"),
                SessionFormatException.class);
        assertThat(trailing.line()).isEqualTo(1);
    }

    @Test
    void typesAndRangesAreCheckedWithTheJsonPath() {
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"views\": {\"regimes\": {\"model_params\": 5}}}"))
                .hasMessage("$.views.regimes.model_params: model_params must be between 1e5 and 1e12, not 5.0");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"views\": {\"regimes\": {\"model_params\": \"76M\"}}}"))
                .hasMessage("$.views.regimes.model_params: expected a number");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"views\": {\"power\": {\"gap_threshold_s\": -1}}}"))
                .hasMessageContaining("$.views.power.gap_threshold_s: gap_threshold_s must be above 0");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"views\": {\"cost\": {\"prices\": {\"tiers\": "
                + "[{\"id\": \"spot\", \"usd_per_hour\": -0.3}], \"usd_per_kwh\": 0.2, \"gco2e_per_kwh\": 500}}}}"))
                .hasMessage("$.views.cost.prices.tiers[0]: usd_per_hour must be between 0 and 1000000, not -0.3");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"views\": {\"distributions\": {\"log_x\": \"yes\"}}}"))
                .hasMessage("$.views.distributions.log_x: expected true or false");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"annotations\": [{\"chart\": \"c\", \"type\": \"arrow\","
                + " \"coordinates\": [1, 2]}]}"))
                .hasMessage("$.annotations[0]: a arrow annotation takes 4 coordinates, not 2");
        assertThatThrownBy(() -> SessionFiles.parse(HEAD + "\"annotations\": [{\"chart\": \"c\", \"type\": \"circle\","
                + " \"coordinates\": [1, 2]}]}"))
                .hasMessage("$.annotations[0]: type must be text, arrow or range, not \"circle\"");
    }

    @Test
    void folderPathsMustBeAbsoluteWithoutNul() {
        String relative = HEAD + "\"folders\": [{\"path\": \"results/tr118\", \"file_count\": 1, \"total_bytes\": 2}]}";
        assertThatThrownBy(() -> SessionFiles.parse(relative))
                .hasMessage("$.folders[0]: folder path must be absolute: results/tr118");
        String nul = HEAD + "\"folders\": [{\"path\": \"/tmp/a\\u0000b\", \"file_count\": 1, \"total_bytes\": 2}]}";
        assertThatThrownBy(() -> SessionFiles.parse(nul)).hasMessage("$.folders[0].path: contains a NUL character");
        String empty = HEAD + "\"folders\": [{\"path\": \"\", \"file_count\": 1, \"total_bytes\": 2}]}";
        assertThatThrownBy(() -> SessionFiles.parse(empty)).hasMessage("$.folders[0]: folder path is empty");
        String negative = HEAD + "\"folders\": [{\"path\": \"/tmp/a\", \"file_count\": -1, \"total_bytes\": 2}]}";
        assertThatThrownBy(() -> SessionFiles.parse(negative))
                .hasMessage("$.folders[0]: file count and total bytes must not be negative");
        assertThatThrownBy(() -> new SessionFolder("relative/x", new FolderFingerprint(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oversizedAndNonUtf8FilesAreRefusedBeforeParsing() throws Exception {
        Path big = temp.resolve("big.chimera-session.json");
        // 1 MiB + 1 byte of spaces after a valid header: only the size can be the reason.
        byte[] bytes = new byte[(int) SessionFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] head = (HEAD + "\"x\": 1}").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(big, bytes);
        assertThatThrownBy(() -> SessionFiles.read(big)).isInstanceOf(SessionFormatException.class)
                .hasMessageContaining("larger than 1024 KiB");
        Path latin1 = temp.resolve("l.chimera-session.json");
        Files.write(latin1, (HEAD + "\"saved_at\": \"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SessionFiles.read(latin1)).hasMessage("the file is not UTF-8 text");
    }

    @Test
    void writeNeedsAnExistingFolderAndRefusesAFolderAsTarget() {
        assertThatThrownBy(() -> SessionFiles.write(temp.resolve("nope/x.chimera-session.json"),
                SessionSamples.full(temp))).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatThrownBy(() -> SessionFiles.write(temp, SessionSamples.full(temp)))
                .hasMessageContaining("is a folder");
    }

    @Test
    void theExampleInTheSchemaDocumentIsAValidSession() throws Exception {
        String doc = Files.readString(Path.of("docs/session-schema.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String json = doc.substring(start, doc.indexOf("```", start));
        Session s = SessionFiles.parse(json);
        // Values as written in the document's example.
        assertThat(s.folders().get(0).fingerprint()).isEqualTo(new FolderFingerprint(37, 4_038_288));
        assertThat(s.regimes().modelParams()).isEqualTo(1.5e9);
        assertThat(s.cost().prices().tiers()).extracting(CostState.TierPrice::usdPerHour).containsExactly(1.006, 0.25);
        assertThat(s.annotations()).extracting(Annotation::type)
                .containsExactly(Annotation.Type.ARROW, Annotation.Type.RANGE);
        // Writing it back gives the same text: the document shows exactly what the writer produces.
        assertThat(SessionFiles.toJson(s)).isEqualTo(json);
    }

    @Test
    void suffixIsRecognisedInAnyCase() {
        assertThat(SessionFiles.looksLikeSession(Path.of("/x/My.Chimera-Session.JSON"))).isTrue();
        assertThat(SessionFiles.looksLikeSession(Path.of("/x/results.json"))).isFalse();
    }
}
