package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueParsersTest {

    @Test
    void plainDecimalsParseToTheSameDoubleAsParseDouble() {
        // Bit-for-bit against the JDK's correctly rounded parser, over lengths and point positions where a naive
        // mantissa * 10^-k would round differently (it does for 0.3, 1.1, 148.179...).
        java.util.Random random = new java.util.Random(117);
        for (int k = 0; k < 200_000; k++) {
            int digits = 1 + random.nextInt(15);
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point && d > 0) {
                    b.append('.');
                }
                b.append((char) ('0' + random.nextInt(10)));
            }
            String s = b.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                    Double.doubleToRawLongBits(ValueParsers.parseDoubleOrNaN(s)), s);
        }
        for (String s : new String[] {"0.3", "1.1", "148.179", "-0", "-0.0", "1.", "999999999999999",
            "0.000000000000001", "9007199254740993", "1234567890.12345678", "1e5", "2.5E-3", " 4.5", "7.25 "}) {
            double expected = Double.parseDouble(s.trim());
            assertEquals(Double.doubleToRawLongBits(expected),
                    Double.doubleToRawLongBits(ValueParsers.parseDoubleOrNaN(s)), s);
        }
    }

    @Test
    void plainDecimalLeavesEverythingElseToParseDouble() {
        for (String s : new String[] {"", "-", ".", "1.2.3", "1e5", "1234567890123456", "12,5", "+1", " 1"}) {
            assertTrue(Double.isNaN(ValueParsers.plainDecimal(s)), s);
        }
        assertEquals(-12.5, ValueParsers.plainDecimal("-12.5"));
        assertEquals(0.015, ValueParsers.plainDecimal(".015")); // reached only when a caller skips the digit check
    }

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
