package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.Objects;

/**
 * How one channel's monthly leads respond to its monthly spend s:
 * <pre>
 * power       leads(s) = k · s^b                 (0 &lt; b ≤ 1; b is the elasticity: +1 % spend → +b % leads)
 * saturating  leads(s) = vmax · s ÷ (h + s)      (Michaelis–Menten: vmax the ceiling, h the spend giving half of it)
 * </pre>
 * Both are increasing and concave, so the optimiser's marginal conditions have one solution per channel. The record
 * also carries how it was obtained ({@link Source}) and its {@link Fit} quality.
 *
 * @param a first parameter: k (power) or vmax (saturating)
 * @param b second parameter: the exponent b (power) or h (saturating)
 */
public record ResponseCurve(Kind kind, double a, double b, Source source, Fit fit) {
    /** The curve's formula. */
    public enum Kind { POWER, SATURATING }

    /** Where the curve comes from. */
    public enum Source {
        /** Fitted to the channel's months (shrunk toward the prior as much as the data is thin). */
        FITTED,
        /** Too few months: the stated prior elasticity, levelled at the channel's own average month. */
        PRIOR,
        /** The user's elasticity for this channel. */
        OVERRIDE
    }

    /**
     * How well the curve fits: R² of leads (original scale, undefined when every month has the same leads), an
     * interval for b (power curves; the elasticity at the mean spend for saturating ones), months used and the
     * spend range they covered (outside it the curve is extrapolated).
     */
    public record Fit(MetricValue r2, double bLow, double bHigh, int months, double minSpend, double maxSpend) {
        public Fit {
            Objects.requireNonNull(r2, "r2");
        }

        /** True when {@code spend} lies outside the fitted range (no months, or below / above it). */
        public boolean extrapolates(double spend) {
            return months == 0 || spend < minSpend || spend > maxSpend;
        }
    }

    public ResponseCurve {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fit, "fit");
        if (!(a >= 0) || Double.isInfinite(a) || !(b > 0) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("curve parameters must be finite, a ≥ 0, b > 0: " + a + ", " + b);
        }
        if (kind == Kind.POWER && b > 1) {
            throw new IllegalArgumentException("a power curve's exponent must be in (0, 1], was " + b);
        }
    }

    /** A power curve k·s^b. */
    public static ResponseCurve power(double k, double b, Source source, Fit fit) {
        return new ResponseCurve(Kind.POWER, k, b, source, fit);
    }

    /** A saturating curve vmax·s ÷ (h + s). */
    public static ResponseCurve saturating(double vmax, double h, Source source, Fit fit) {
        return new ResponseCurve(Kind.SATURATING, vmax, h, source, fit);
    }

    /** Leads at monthly spend {@code s} (0 at s = 0). */
    public double leads(double s) {
        if (s <= 0) {
            return 0;
        }
        return kind == Kind.POWER ? a * Math.pow(s, b) : a * s / (b + s);
    }

    /**
     * Extra leads per extra unit of spend at {@code s}: k·b·s^(b−1), or vmax·h ÷ (h + s)². At s = 0 a power curve
     * with b &lt; 1 has an unbounded slope; {@link Double#MAX_VALUE} stands for it (never shown, only compared).
     */
    public double marginal(double s) {
        if (kind == Kind.SATURATING) {
            double d = b + Math.max(0, s);
            return a * b / (d * d);
        }
        if (b == 1) {
            return a;
        }
        if (s <= 0) {
            return a > 0 ? Double.MAX_VALUE : 0;
        }
        return a * b * Math.pow(s, b - 1);
    }

    /**
     * The spend at which the slope equals {@code r} &gt; 0 (the inverse of {@link #marginal}); 0 when the slope is
     * below r everywhere, {@link Double#POSITIVE_INFINITY} when it stays above r (a linear curve steeper than r).
     */
    public double spendAtMarginal(double r) {
        if (a <= 0) {
            return 0;
        }
        if (kind == Kind.SATURATING) {
            return Math.max(0, Math.sqrt(a * b / r) - b);
        }
        if (b == 1) {
            return a > r ? Double.POSITIVE_INFINITY : 0;
        }
        return Math.pow(r / (a * b), 1 / (b - 1));
    }

    /** The spend that buys {@code leads} (inverse of {@link #leads}); infinite beyond a saturating ceiling. */
    public double spendFor(double leads) {
        if (leads <= 0) {
            return 0;
        }
        if (a <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (kind == Kind.POWER) {
            return Math.pow(leads / a, 1 / b);
        }
        return leads >= a ? Double.POSITIVE_INFINITY : leads * b / (a - leads);
    }

    /** Elasticity at {@code s}: s·leads′(s) ÷ leads(s) — b for a power curve, h ÷ (h + s) for a saturating one. */
    public double elasticity(double s) {
        return kind == Kind.POWER ? b : b / (b + Math.max(0, s));
    }

    /**
     * The same shape through the point (s₀, leads₀): the planner keeps each channel's measured month and takes only
     * the curve's shape from the history. Unchanged when s₀ ≤ 0 or the curve gives no leads there.
     */
    public ResponseCurve anchoredAt(double s0, double leads0) {
        double at = leads(s0);
        if (s0 <= 0 || at <= 0 || !(leads0 >= 0)) {
            return this;
        }
        return new ResponseCurve(kind, a * leads0 / at, b, source, fit);
    }

    /** This channel's curve with the user's elasticity {@code e} (a power curve through the same point at s₀). */
    public ResponseCurve withElasticity(double e, double s0) {
        double level = s0 > 0 ? leads(s0) : 0;
        double k = s0 > 0 ? level / Math.pow(s0, e) : a;
        return new ResponseCurve(Kind.POWER, k, e, Source.OVERRIDE, fit);
    }
}
