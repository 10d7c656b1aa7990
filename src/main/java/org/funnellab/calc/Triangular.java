package org.funnellab.calc;

/**
 * A triangular distribution low ≤ likely ≤ high: the usual three-point estimate of an uncertain input.
 * Sampled by the inverse of its distribution function:
 * <pre>
 * u &lt; F(likely):  low  + √(u × (high − low) × (likely − low))
 * otherwise:      high − √((1 − u) × (high − low) × (high − likely))
 * </pre>
 * where F(likely) = (likely − low) ÷ (high − low).
 */
public record Triangular(double low, double likely, double high) {
    public Triangular {
        if (!(low <= likely && likely <= high) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("need low ≤ likely ≤ high, finite; was " + low + ", " + likely
                    + ", " + high);
        }
    }

    /** A point estimate: always {@code value}. */
    public static Triangular fixed(double value) {
        return new Triangular(value, value, value);
    }

    /** The value at cumulative probability {@code u} in [0, 1). */
    public double quantile(double u) {
        double width = high - low;
        if (width == 0) {
            return likely;
        }
        double split = (likely - low) / width;
        if (u < split) {
            return low + Math.sqrt(u * width * (likely - low));
        }
        return high - Math.sqrt((1 - u) * width * (high - likely));
    }

    public double mean() {
        return (low + likely + high) / 3;
    }
}
