import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * CI check of the packaged launcher's `inspect <folder> --json` output: valid JSON, at least one file, rows in
 * the runs table. Run with the shaded jar on the class path (it brings Jackson):
 * {@code java -cp target/chimera-workbench.jar packaging/ci/CheckInspectJson.java out.json}. Exit 1 on failure.
 */
public final class CheckInspectJson {
    public static void main(String[] args) throws Exception {
        JsonNode root = new ObjectMapper().readTree(new File(args[0]));
        int files = root.path("files").size();
        long runs = root.path("tables").path("runs").asLong(-1);
        System.out.println("inspect --json: " + files + " files, runs " + runs + ", power "
                + root.path("tables").path("power").asLong(-1) + ", summaries "
                + root.path("tables").path("summaries").asLong(-1));
        if (files == 0 || runs <= 0) {
            System.err.println("inspect --json output has no files or no runs rows");
            System.exit(1);
        }
    }
}
