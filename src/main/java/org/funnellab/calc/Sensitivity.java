package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tornado-chart data for one output of a {@link WhatIfModel}.
 * <pre>
 * for each parameter p:  low input  = clamp(base_p × (1 − N)),  high input = clamp(base_p × (1 + N))
 *                        swing      = |output(high) − output(low)|   (the other inputs stay at base)
 * bars sorted by swing, largest first
 * </pre>
 * Clamping is to the parameter's slider range. A bar whose low or high output is undefined has an undefined swing
 * (with that output's reason); such bars sort after every defined one, in parameter order. A parameter whose base
 * is 0 does not move (±N % of nothing) and has swing 0.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /** One bar of the tornado. */
    public record Bar(int parameterIndex, String parameterId, double lowInput, double highInput,
                      MetricValue lowOutput, MetricValue highOutput, MetricValue swing) {
    }

    /** The output at base and the bars, sorted. */
    public record Tornado(MetricValue baseOutput, List<Bar> bars) {
    }

    private static final Comparator<Bar> BY_SWING_DESCENDING = (a, b) -> {
        boolean da = a.swing().isDefined();
        boolean db = b.swing().isDefined();
        if (da && db) {
            int c = Double.compare(b.swing().value(), a.swing().value());
            return c != 0 ? c : Integer.compare(a.parameterIndex(), b.parameterIndex());
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return Integer.compare(a.parameterIndex(), b.parameterIndex());
    };

    /**
     * @param pct the variation N as a fraction (0.1 = ±10 %), ≥ 0
     */
    public static Tornado tornado(WhatIfModel model, double[] base, int outputIndex, double pct) {
        if (!(pct >= 0)) {
            throw new IllegalArgumentException("variation must be ≥ 0, was " + pct);
        }
        List<Parameter> ps = model.parameters();
        double[] x = base.clone();
        MetricValue baseOutput = model.evaluate(x)[outputIndex];
        List<Bar> bars = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Parameter p = ps.get(i);
            double lowIn = p.clamp(base[i] * (1 - pct));
            double highIn = p.clamp(base[i] * (1 + pct));
            x[i] = lowIn;
            MetricValue low = model.evaluate(x)[outputIndex];
            x[i] = highIn;
            MetricValue high = model.evaluate(x)[outputIndex];
            x[i] = base[i];
            MetricValue swing = !low.isDefined() ? low
                    : !high.isDefined() ? high
                    : MetricValue.of(Math.abs(high.value() - low.value()));
            bars.add(new Bar(i, p.id(), lowIn, highIn, low, high, swing));
        }
        bars.sort(BY_SWING_DESCENDING);
        return new Tornado(baseOutput, List.copyOf(bars));
    }
}
