package org.funnellab.domain;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A metric's value, or an explicit "undefined, because ..." when its formula has a zero denominator.
 * Never holds NaN or an infinity: those are refused at construction.
 */
public final class MetricValue {
    private final double value;
    private final UndefinedReason reason;

    private MetricValue(double value, UndefinedReason reason) {
        this.value = value;
        this.reason = reason;
    }

    public static MetricValue of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A metric value must be finite, was " + value);
        }
        return new MetricValue(value, null);
    }

    public static MetricValue undefined(UndefinedReason reason) {
        return new MetricValue(Double.NaN, Objects.requireNonNull(reason, "reason"));
    }

    /** numerator ÷ denominator, or undefined with {@code reason} when the denominator is zero. */
    public static MetricValue ratio(double numerator, double denominator, UndefinedReason reason) {
        if (denominator == 0.0) {
            return undefined(reason);
        }
        return of(numerator / denominator);
    }

    public boolean isDefined() {
        return reason == null;
    }

    /** The value; throws when undefined, so an undefined metric can never leak into arithmetic as NaN. */
    public double value() {
        if (reason != null) {
            throw new IllegalStateException("Metric is undefined: " + reason.english());
        }
        return value;
    }

    public double orElse(double fallback) {
        return reason == null ? value : fallback;
    }

    public UndefinedReason reason() {
        return reason;
    }

    public MetricValue map(DoubleUnaryOperator f) {
        return reason == null ? of(f.applyAsDouble(value)) : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricValue m
                && Objects.equals(reason, m.reason)
                && (reason != null || Double.compare(value, m.value) == 0);
    }

    @Override
    public int hashCode() {
        return reason != null ? reason.hashCode() : Double.hashCode(value);
    }

    @Override
    public String toString() {
        return reason == null ? Double.toString(value) : "undefined (" + reason.english() + ")";
    }
}
