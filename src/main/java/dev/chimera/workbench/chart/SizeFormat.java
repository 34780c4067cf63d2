package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.scaling.ModelSizes;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Parameter counts on an axis as 0.1M, 1M, 10M, 1B, 1T (tick labels of the model-size axis). */
final class SizeFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(ModelSizes.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        try {
            double v = ModelSizes.parse(source.substring(parsePosition.getIndex()));
            parsePosition.setIndex(source.length());
            return v;
        } catch (IllegalArgumentException e) {
            parsePosition.setErrorIndex(parsePosition.getIndex());
            return null;
        }
    }
}
