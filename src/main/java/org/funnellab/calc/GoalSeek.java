package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

/**
 * Goal seek on any {@link WhatIfModel}: the value of one input, within [min, max], at which one output reaches a
 * target, all other inputs held at the base.
 * <p>
 * Method: the range is sampled at {@value #SAMPLES} equal steps; every adjacent pair of defined samples whose
 * outputs lie on both sides of the target is a bracket; the bracket nearest the base input value is narrowed by
 * bisection until the output is within tolerance of the target or the bracket is as narrow as doubles allow.
 * Sampling (rather than assuming monotonicity) finds targets on non-monotone outputs too; when several input values
 * reach the target, the one nearest the base value is returned, so the answer moves the slider least. Between a
 * defined and an undefined sample (a pole such as CAC at zero conversion) the output is probed at halving
 * distances toward the undefined end, since it may run far beyond the samples there.
 * Without a bracket the result is {@link NotReachable} with the outputs' range over the samples.
 */
public final class GoalSeek {
    /** Intervals the range is sampled in before bisection. */
    public static final int SAMPLES = 64;
    private static final int MAX_ITERATIONS = 200;
    private static final int EDGE_PROBES = 60;

    private GoalSeek() {
    }

    /** What a goal seek found. */
    public sealed interface Result permits Found, NotReachable, NeverDefined {
    }

    /** {@code input} gives {@code output}, within tolerance of the target. */
    public record Found(double input, double output, int iterations) implements Result {
    }

    /** No input in the range reaches the target; the outputs seen span [lowestOutput, highestOutput]. */
    public record NotReachable(double lowestOutput, double highestOutput) implements Result {
    }

    /** The output is undefined everywhere in the range (for the reason given). */
    public record NeverDefined(UndefinedReason reason) implements Result {
    }

    /** The default tolerance: 1e-9 of the target's size (at least 1e-9). */
    public static double defaultTolerance(double target) {
        return 1e-9 * Math.max(1.0, Math.abs(target));
    }

    /** Goal seek over the input's whole slider range, with the default tolerance. */
    public static Result seek(WhatIfModel model, double[] base, int outputIndex, double target, int inputIndex) {
        Parameter p = model.parameters().get(inputIndex);
        return seek(model, base, outputIndex, target, inputIndex, p.min(), p.max());
    }

    /** {@link #seek(WhatIfModel, double[], int, double, int, double, double, double)} with the default tolerance. */
    public static Result seek(WhatIfModel model, double[] base, int outputIndex, double target, int inputIndex,
                              double min, double max) {
        return seek(model, base, outputIndex, target, inputIndex, min, max, defaultTolerance(target));
    }

    /** Goal seek over [min, max] of input {@code inputIndex}; {@code tolerance} is on the output. */
    public static Result seek(WhatIfModel model, double[] base, int outputIndex, double target, int inputIndex,
                              double min, double max, double tolerance) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        double[] x = base.clone();
        double[] xs = new double[SAMPLES + 1];
        double[] ys = new double[SAMPLES + 1];
        boolean[] defined = new boolean[SAMPLES + 1];
        UndefinedReason reason = null;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= SAMPLES; i++) {
            xs[i] = i == SAMPLES ? max : min + (max - min) * i / SAMPLES;
            MetricValue y = eval(model, x, inputIndex, xs[i], outputIndex);
            defined[i] = y.isDefined();
            if (!defined[i]) {
                reason = y.reason();
                continue;
            }
            ys[i] = y.value();
            lowest = Math.min(lowest, ys[i]);
            highest = Math.max(highest, ys[i]);
        }
        if (lowest == Double.POSITIVE_INFINITY) {
            return new NeverDefined(reason);
        }
        double[] seen = {lowest, highest};
        double[] bracket = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < SAMPLES; i++) {
            double[] candidate = null;
            if (defined[i] && defined[i + 1]) {
                if (straddles(ys[i], ys[i + 1], target)) {
                    candidate = new double[] {xs[i], ys[i], xs[i + 1], ys[i + 1]};
                }
            } else if (defined[i] || defined[i + 1]) {
                int d = defined[i] ? i : i + 1;
                int u = defined[i] ? i + 1 : i;
                candidate = probeTowardUndefined(model, x, inputIndex, outputIndex, target, xs[d], ys[d], xs[u],
                        seen);
            }
            if (candidate != null) {
                double dist = distance(base[inputIndex], Math.min(candidate[0], candidate[2]),
                        Math.max(candidate[0], candidate[2]));
                if (dist < bestDistance) {
                    bestDistance = dist;
                    bracket = candidate;
                }
            }
        }
        if (bracket == null) {
            return new NotReachable(seen[0], seen[1]);
        }
        return bisect(model, x, outputIndex, target, inputIndex, bracket[0], bracket[1], bracket[2], bracket[3],
                tolerance, seen[0], seen[1]);
    }

    /**
     * Next to an input where the output is undefined (often a pole, such as 1 ÷ x at 0) the output may run far
     * beyond the samples: probe at halving distances toward the undefined end, and return the first pair of defined
     * probes that brackets the target, as {x₁, y₁, x₂, y₂}, or null. Widens {@code seen} {lowest, highest}.
     */
    private static double[] probeTowardUndefined(WhatIfModel model, double[] x, int inputIndex, int outputIndex,
                                                 double target, double xd, double yd, double xu, double[] seen) {
        double prevX = xd;
        double prevY = yd;
        for (int k = 1; k <= EDGE_PROBES; k++) {
            double px = xu + (xd - xu) / Math.pow(2, k);
            if (px == xu) {
                break;
            }
            MetricValue y = eval(model, x, inputIndex, px, outputIndex);
            if (!y.isDefined()) {
                continue;
            }
            seen[0] = Math.min(seen[0], y.value());
            seen[1] = Math.max(seen[1], y.value());
            if (straddles(prevY, y.value(), target)) {
                return new double[] {prevX, prevY, px, y.value()};
            }
            prevX = px;
            prevY = y.value();
        }
        return null;
    }

    private static Result bisect(WhatIfModel model, double[] x, int outputIndex, double target, int inputIndex,
                                 double a, double fa, double b, double fb, double tolerance,
                                 double lowest, double highest) {
        for (int it = 1; it <= MAX_ITERATIONS; it++) {
            if (Math.abs(fa - target) <= tolerance) {
                return new Found(a, fa, it);
            }
            if (Math.abs(fb - target) <= tolerance) {
                return new Found(b, fb, it);
            }
            double m = a + (b - a) / 2;
            if (m == a || m == b) {
                break;
            }
            MetricValue y = eval(model, x, inputIndex, m, outputIndex);
            if (!y.isDefined()) {
                break;
            }
            double fm = y.value();
            if (straddles(fa, fm, target)) {
                b = m;
                fb = fm;
            } else {
                a = m;
                fa = fm;
            }
        }
        // The bracket cannot shrink further: a jump in the output straddles the target.
        double ea = Math.abs(fa - target);
        double eb = Math.abs(fb - target);
        if (Math.min(ea, eb) <= tolerance) {
            return ea <= eb ? new Found(a, fa, MAX_ITERATIONS) : new Found(b, fb, MAX_ITERATIONS);
        }
        return new NotReachable(lowest, highest);
    }

    /** True when the target lies between a and b (inclusive); signs, not a product, so huge values cannot overflow. */
    private static boolean straddles(double a, double b, double target) {
        return Math.signum(a - target) * Math.signum(b - target) <= 0;
    }

    private static double distance(double v, double lo, double hi) {
        return v < lo ? lo - v : v > hi ? v - hi : 0;
    }

    private static MetricValue eval(WhatIfModel model, double[] x, int inputIndex, double value, int outputIndex) {
        x[inputIndex] = value;
        return model.evaluate(x)[outputIndex];
    }
}
