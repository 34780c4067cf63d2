package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void inspectJsonHasTheDocumentedShape() throws Exception {
        Files.writeString(dir.resolve("summary_overall.csv"), "backend,n,mean_ms\ngpu,270,95.1\ncpu,270,\n");
        Files.writeString(dir.resolve("notes.txt"), "free text\n");

        Result r = run("inspect", dir.toString(), "--json");

        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("root").asText()).isEqualTo(dir.toAbsolutePath().normalize().toString());
        assertThat(json.get("files")).hasSize(2);
        JsonNode notes = json.get("files").get(0);
        assertThat(notes.get("path").asText()).isEqualTo("notes.txt");
        assertThat(notes.get("kind").asText()).isEqualTo("unknown");
        JsonNode stats = json.get("files").get(1);
        assertThat(stats.get("format").asText()).isEqualTo("tr.stats.csv");
        assertThat(stats.get("kind").asText()).isEqualTo("summary");
        assertThat(stats.get("rows").asLong()).isEqualTo(2);
        // gpu: n and mean (2 stats); cpu: n only, empty mean skipped → 3 summary rows.
        assertThat(json.get("tables").get("summaries").asInt()).isEqualTo(3);
        assertThat(json.get("tables").get("runs").asInt()).isZero();
        assertThat(notes.get("diagnostics").get(0).get("severity").asText()).isEqualTo("info");
        assertThat(notes.get("diagnostics").get(0).has("line")).isTrue();
        assertThat(notes.get("diagnostics").get(0).has("column")).isTrue();
    }

    @Test
    void inspectTableListsFilesAndTotals() throws Exception {
        Files.writeString(dir.resolve("summary_overall.csv"), "backend,n,mean_ms\ngpu,270,95.1\n");

        Result r = run("inspect", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("summary_overall.csv").contains("tr.stats.csv")
                .contains("summaries 2").contains("runs 0");
    }

    @Test
    void missingFolderExitsNonZeroWithAClearMessage() {
        Result r = run("inspect", dir.resolve("does-not-exist").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no such file or folder").contains("does-not-exist");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result r = run("inspect", "--frobnicate", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate");
    }

    @Test
    void helpDocumentsEveryCommand() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        for (String c : Cli.COMMANDS) {
            assertThat(r.out()).contains(c);
        }
        Result inspect = run("inspect", "--help");
        assertThat(inspect.out()).contains("--json").contains("<folder>");
    }

    @Test
    void commandNamesUsedByTheLauncherMatchTheRegisteredSubcommands() {
        Set<String> registered = new CommandLine(new Cli()).getSubcommands().keySet().stream()
                .collect(Collectors.toSet());
        assertThat(registered).isEqualTo(Cli.COMMANDS);
    }

    @Test
    void launcherRoutesCommandsAndOptionsToTheCliAndFoldersToTheGui() {
        assertThat(Cli.isCliInvocation(new String[] {"inspect", "x"})).isTrue();
        assertThat(Cli.isCliInvocation(new String[] {"--version"})).isTrue();
        assertThat(Cli.isCliInvocation(new String[] {})).isFalse();
        assertThat(Cli.isCliInvocation(new String[] {"sample-data"})).isFalse();
    }
}
