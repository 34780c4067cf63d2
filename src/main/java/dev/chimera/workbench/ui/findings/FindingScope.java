package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingResult;
import java.lang.reflect.Method;

/**
 * The run sub-folder a result was computed on. The engine is gaining a {@code scope()} component (one result
 * per scope); until it has one on every build this reads it reflectively and answers "" without it.
 */
final class FindingScope {
    private static final Method SCOPE = find();

    private FindingScope() {
    }

    static String of(FindingResult r) {
        if (SCOPE == null || r == null) {
            return "";
        }
        try {
            Object v = SCOPE.invoke(r);
            return v == null ? "" : v.toString();
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static Method find() {
        try {
            Method m = FindingResult.class.getMethod("scope");
            return m.getParameterCount() == 0 ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
