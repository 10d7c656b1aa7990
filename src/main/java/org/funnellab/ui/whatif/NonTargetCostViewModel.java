package org.funnellab.ui.whatif;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.Formats;

import java.util.List;

/**
 * The "cost of non-target leads" panel: the non-target cost model's inputs and outputs, and the money lost
 * per month for the chart (baseline vs scenario).
 */
public final class NonTargetCostViewModel extends WhatIfViewModel {
    /** Outputs shown as bars: money lost per month. */
    public static final List<String> MONEY_CHART_OUTPUTS =
            List.of("wastedSalaryMonth", "mediaWasteMonth", "revenueNotEarnedMonth");

    public NonTargetCostViewModel(NonTargetCostModel.Inputs baseline, Formats formats) {
        this(baseline, formats, new org.funnellab.service.PanelState());
    }

    /** A panel over a working state that outlives it (see {@link WhatIfViewModel}). */
    public NonTargetCostViewModel(NonTargetCostModel.Inputs baseline, Formats formats, org.funnellab.service.PanelState state) {
        super(new NonTargetCostModel(baseline), baseline.toArray(), formats, state);
    }

    /** Chart values for {@link #MONEY_CHART_OUTPUTS}; null where an output is undefined (no bar). */
    public Double[] moneyChartValues(boolean baseline) {
        Double[] v = new Double[MONEY_CHART_OUTPUTS.size()];
        for (int i = 0; i < v.length; i++) {
            MetricValue m = baseline ? baselineOutput(MONEY_CHART_OUTPUTS.get(i)) : output(MONEY_CHART_OUTPUTS.get(i));
            v[i] = m.isDefined() ? m.value() : null;
        }
        return v;
    }

    public NonTargetCostModel.Inputs currentInputs() {
        return NonTargetCostModel.Inputs.fromArray(currentValues());
    }

    @Override
    public NamedSettings namedSettings() {
        return NamedSettings.COSTS;
    }
}
