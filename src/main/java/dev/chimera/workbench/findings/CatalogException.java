package dev.chimera.workbench.findings;

/** A catalog that cannot be used; the message names the JSON path of the problem. */
public final class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }
}
