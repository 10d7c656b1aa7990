package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

/** Arithmetic on possibly-undefined metrics: an undefined operand makes the result undefined with its reason. */
final class MetricMath {
    private MetricMath() {
    }

    static MetricValue times(MetricValue a, MetricValue b) {
        if (!a.isDefined()) {
            return a;
        }
        if (!b.isDefined()) {
            return b;
        }
        return MetricValue.of(a.value() * b.value());
    }

    /** a ÷ b; undefined with {@code zeroReason} when b is zero, or with the operand's reason when one is undefined. */
    static MetricValue divide(MetricValue a, MetricValue b, UndefinedReason zeroReason) {
        if (!a.isDefined()) {
            return a;
        }
        if (!b.isDefined()) {
            return b;
        }
        return MetricValue.ratio(a.value(), b.value(), zeroReason);
    }

    /** a ÷ b for plain numbers; a finite non-zero b always gives a finite result for finite a. */
    static MetricValue divide(double a, MetricValue b, UndefinedReason zeroReason) {
        return b.isDefined() ? MetricValue.ratio(a, b.value(), zeroReason) : b;
    }
}
