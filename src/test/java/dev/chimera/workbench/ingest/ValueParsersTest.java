package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueParsersTest {

    @Test
    void unitsInsideCellsAndNotAvailableTokens() {
        assertThat(ValueParsers.parseWithUnit(" 142.50 W")).isEqualTo(142.5);
        assertThat(ValueParsers.parseWithUnit("9727 MiB")).isEqualTo(9727.0);
        assertThat(ValueParsers.parseWithUnit("65 %")).isEqualTo(65.0);
        assertThat(ValueParsers.parseWithUnit("[N/A]")).isNaN();
        assertThat(ValueParsers.parseWithUnit("[Not Supported]")).isNaN();
    }

    @Test
    void pythonTokens() {
        assertThat(ValueParsers.parseDoubleOrNaN("NaN")).isNaN();
        assertThat(ValueParsers.parseDoubleOrNaN("inf")).isNaN();
        assertThat(ValueParsers.parseDoubleOrNaN("None")).isNaN();
        assertThat(ValueParsers.parseBooleanOrNull("True")).isTrue();
        assertThat(ValueParsers.parseBooleanOrNull("False")).isFalse();
        assertThat(ValueParsers.parseIntOrMissing("3.0")).isEqualTo(3);
        assertThat(ValueParsers.parseIntOrMissing("3.5")).isEqualTo(Integer.MIN_VALUE);
        assertThat(ValueParsers.isMissingToken("12")).isFalse();
    }

    @Test
    void modelIdentityIsTheLastPathComponentOfWindowsOrPosixPaths() {
        assertThat(ValueParsers.modelIdentity("models/tiny-gpt2")).isEqualTo("tiny-gpt2");
        assertThat(ValueParsers.modelIdentity("C:\\Users\\x\\models\\gpt2-25m\\")).isEqualTo("gpt2-25m");
        assertThat(ValueParsers.modelIdentity("gemma3:270m")).isEqualTo("gemma3:270m");
    }
}
