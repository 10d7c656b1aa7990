package org.funnellab.ui.whatif.tools;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tornado of the non-target panel, without any window. */
class SensitivityViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");
    private final NonTargetCostViewModel panel = new NonTargetCostViewModel(
            new NonTargetCostModel.Inputs(1000, 0.5, 15, 2, 100_000, 160, 1.2, 0.1, 300, 2_000_000),
            new Formats(EN, "RUB"));
    private final SensitivityViewModel vm = new SensitivityViewModel(panel, new I18n(EN));

    @Test
    void barsAreSortedByHowFarTheyMoveTheResultLargestFirst() {
        vm.outputProperty().set("wastedSalaryMonth");
        List<SensitivityViewModel.Bar> bars = vm.chartProperty().get().bars();
        assertThat(bars).hasSize(10);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.get(i - 1).swing()).isGreaterThanOrEqualTo(bars.get(i).swing());
        }
        assertThat(bars.get(bars.size() - 1).swing()).as("media cost does not touch salary").isZero();
    }

    @Test
    void tenPercentOnLeadsMovesHoursByTenPercentEachWay() {
        vm.outputProperty().set("wastedHoursMonth");
        SensitivityViewModel.Bar leads = vm.chartProperty().get().bars().stream()
                .filter(b -> b.parameterId().equals("leadsPerMonth")).findFirst().orElseThrow();
        double hours = 1000 * 0.5 * 0.9 * 15 / 60.0;
        assertThat(leads.lowOutput()).isCloseTo(hours * 0.9, within(1e-9));
        assertThat(leads.highOutput()).isCloseTo(hours * 1.1, within(1e-9));
        assertThat(leads.label()).isEqualTo("Leads per month");
        assertThat(leads.lowInputText()).isEqualTo("900");
        assertThat(vm.baseTextProperty().get()).isEqualTo("Now: " + panel.outputText("wastedHoursMonth"));
    }

    @Test
    void aWiderVariationGivesWiderBars() {
        vm.outputProperty().set("wastedHoursMonth");
        double narrow = vm.chartProperty().get().bars().get(0).swing();
        vm.percentProperty().set(20);
        assertThat(vm.chartProperty().get().bars().get(0).swing()).isCloseTo(2 * narrow, within(1e-9));
    }

    @Test
    void movingAnInputOnThePanelRedrawsTheBars() {
        vm.outputProperty().set("wastedHoursMonth");
        double before = vm.chartProperty().get().bars().get(0).swing();
        panel.input("minutesPerCall").setValue(30);
        assertThat(vm.chartProperty().get().bars().get(0).swing()).isCloseTo(2 * before, within(1e-9));
    }

    @Test
    void undefinedBarsAreListedWithTheirReason() {
        panel.input("managers").setValue(0);
        vm.outputProperty().set("capacityLost");
        SensitivityViewModel.Chart chart = vm.chartProperty().get();
        // No team: capacity is undefined whatever any input but the team size does (and ±10 % of 0 is 0).
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.undefined()).containsExactly("Undefined: the sales team has no working hours. "
                + "(Leads per month, Non-target share, Minutes per qualification call, Sales managers, "
                + "Monthly salary per manager, Working hours per month, Loaded-cost factor (taxes, office), "
                + "First qualification automated, Cost per lead, Won revenue per month)");
        assertThat(vm.undefinedTextProperty().get()).isEqualTo(chart.undefined().get(0));
    }
}
