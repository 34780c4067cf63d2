package dev.chimera.workbench.analysis.scaling;

/**
 * A user data file (model registry, regime matrix) that does not follow its schema. The message names the
 * file and the JSON path of the problem, e.g. {@code my-matrix.json: $.rows[2].size.max: expected a number}.
 */
public class DataFileException extends IllegalArgumentException {
    private final String jsonPath;

    public DataFileException(String file, String jsonPath, String problem) {
        super(file + ": " + jsonPath + ": " + problem);
        this.jsonPath = jsonPath;
    }

    public String jsonPath() {
        return jsonPath;
    }
}
