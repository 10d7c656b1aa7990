package org.funnellab.ui.whatif;

import org.funnellab.domain.MetricValue;

import java.util.Objects;

/**
 * One channel's measured unit economics for the CAC / CLV chart: its CAC (undefined when it won no customer)
 * and the CLV of its customers.
 */
public record ChannelEconomics(String name, MetricValue cac, MetricValue clv) {
    public ChannelEconomics {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(clv, "clv");
    }

    /** True when both CAC and CLV have values, so the channel can be drawn as a point. */
    public boolean plottable() {
        return cac.isDefined() && clv.isDefined();
    }

    /** CLV ÷ CAC, undefined when either is (or CAC is zero). */
    public MetricValue ltvToCac() {
        if (!cac.isDefined()) {
            return cac;
        }
        if (!clv.isDefined()) {
            return clv;
        }
        return org.funnellab.calc.UnitEconomics.ltvToCac(clv.value(), cac);
    }
}
