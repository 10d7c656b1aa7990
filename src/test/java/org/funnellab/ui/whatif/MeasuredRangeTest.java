package org.funnellab.ui.whatif;

import org.funnellab.calc.MonteCarlo;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.Sensitivity;
import org.funnellab.calc.Triangular;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A panel built before its data arrives is sized from example figures; a measured baseline beyond that range must
 * still sit inside its slider, and the tools must vary it freely, not clamp it to the old range.
 */
class MeasuredRangeTest {
    private final NonTargetCostViewModel vm = new NonTargetCostViewModel(
            NonTargetCostModel.Inputs.articleExample(), new Formats(Locale.forLanguageTag("en-US"), "RUB"));

    private void measuredCostPerLead(double cpl) {
        double[] b = NonTargetCostModel.Inputs.articleExample().toArray();
        b[vm.model().parameterIndex("costPerLead")] = cpl;
        vm.setBaseline(b);
    }

    @Test
    void aBaselineBeyondTheSliderLeavesRoomAboveIt() {
        double before = vm.input("costPerLead").maxProperty().get();
        measuredCostPerLead(before + 3_211);
        InputViewModel cpl = vm.input("costPerLead");
        assertThat(cpl.value()).isEqualTo(before + 3_211);
        assertThat(cpl.maxProperty().get()).isGreaterThanOrEqualTo(3 * cpl.value());
    }

    @Test
    void theToolsSeeTheSlidersCurrentRanges() {
        measuredCostPerLead(8_211);
        WhatIfModel seen = vm.model();
        var p = seen.parameters().get(seen.parameterIndex("costPerLead"));
        assertThat(p.max()).isEqualTo(vm.input("costPerLead").maxProperty().get());
    }

    @Test
    void sensitivityVariesAMeasuredValueBothWaysInsteadOfClampingIt() {
        measuredCostPerLead(8_211);
        int out = vm.model().outputIndex("mediaWasteMonth");
        Sensitivity.Tornado t = Sensitivity.tornado(vm.model(), vm.currentValues(), out, 0.10);
        Sensitivity.Bar cpl = t.bars().stream().filter(b -> b.parameterId().equals("costPerLead")).findFirst().orElseThrow();
        double base = t.baseOutput().value();
        assertThat(cpl.lowOutput().value()).isCloseTo(base * 0.9, within(1e-6));
        assertThat(cpl.highOutput().value()).isCloseTo(base * 1.1, within(1e-6));
    }

    @Test
    void monteCarloDrawsAMeasuredValueAboveTheOldRange() {
        measuredCostPerLead(8_211);
        int n = vm.inputs().size();
        Triangular[] uncertain = new Triangular[n];
        uncertain[vm.model().parameterIndex("costPerLead")] = new Triangular(7_000, 8_211, 9_500);
        int out = vm.model().outputIndex("mediaWasteMonth");
        MonteCarlo.Result r = MonteCarlo.run(vm.model(), vm.currentValues(), uncertain, out, 2_000, 7, 20);
        double nonTargetLeads = 1000 * 0.5;
        assertThat(r.p50().value()).isGreaterThan(5_000 * nonTargetLeads * 1.5);
    }
}
