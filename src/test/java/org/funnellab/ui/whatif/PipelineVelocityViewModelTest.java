package org.funnellab.ui.whatif;

import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The velocity panel without a window; the example: 50 opportunities × ₽200,000 × 25 % ÷ 60 days. */
class PipelineVelocityViewModelTest {
    private static final double DAY = 50 * 200_000 * 0.25 / 60;
    private final PipelineVelocityViewModel vm = PipelineVelocityViewModel.demo(
            new Formats(Locale.forLanguageTag("en-US"), "RUB"));

    @Test
    void startsAtTheBaselineVelocity() {
        assertThat(vm.outputText("revenueDay")).isEqualTo("₽41,667");
        assertThat(vm.output("revenueMonth").value()).isCloseTo(DAY * FunnelMetrics.DAYS_PER_MONTH, within(1e-6));
        assertThat(vm.improvementProperty().get()).isEqualTo(0.10);
    }

    @Test
    void eachLeverAddsTenPercentAndTheShorterCycleAddsANinth() {
        Double[] up = vm.upliftPerMonth(false);
        double month = DAY * FunnelMetrics.DAYS_PER_MONTH;
        assertThat(up[0]).isCloseTo(month * 0.1, within(1e-6));
        assertThat(up[1]).isCloseTo(month * 0.1, within(1e-6));
        assertThat(up[2]).isCloseTo(month * 0.1, within(1e-6));
        assertThat(up[3]).isCloseTo(month * (1 / 0.9 - 1), within(1e-6));
        assertThat(vm.upliftPerMonth(true)).containsExactly(up);
    }

    @Test
    void doublingTheWinRateDoublesVelocityAndTheScenariosUpliftsOnly() {
        Double[] before = vm.upliftPerMonth(false);
        vm.input("winRate").setValue(0.5);
        assertThat(vm.outputText("revenueDay")).isEqualTo("₽83,333");
        assertThat(vm.upliftPerMonth(false)[0]).isCloseTo(2 * before[0], within(1e-6));
        assertThat(vm.upliftPerMonth(true)[0]).isCloseTo(before[0], within(1e-6));
        assertThat(vm.revenuePerMonth()[1]).isCloseTo(2 * vm.revenuePerMonth()[0], within(1e-6));
    }

    @Test
    void aLargerStepRecomputesBothUplifts() {
        vm.improvementProperty().set(0.2);
        double month = DAY * FunnelMetrics.DAYS_PER_MONTH;
        assertThat(vm.upliftPerMonth(false)[0]).isCloseTo(month * 0.2, within(1e-6));
        assertThat(vm.upliftPerMonth(true)[3]).isCloseTo(month * (1 / 0.8 - 1), within(1e-6));
    }

    @Test
    void theStepStaysWithinItsRange() {
        vm.improvementProperty().set(0.9);
        assertThat(vm.improvementProperty().get()).isEqualTo(PipelineVelocityViewModel.MAX_IMPROVEMENT);
        vm.improvementProperty().set(0);
        assertThat(vm.improvementProperty().get()).isEqualTo(PipelineVelocityViewModel.MIN_IMPROVEMENT);
        assertThat(vm.upliftsProperty().get().get(0).upliftShare().value()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void aZeroDayCycleIsUndefinedAndDrawsNoBars() {
        vm.input("cycleDays").setValue(0);
        assertThat(vm.outputText("revenueDay")).isEqualTo("—");
        assertThat(vm.outputText("revenueMonth")).isEqualTo("—");
        assertThat(vm.upliftPerMonth(false)).containsOnlyNulls();
        assertThat(vm.revenuePerMonth()[1]).isNull();
    }

    @Test
    void noOpportunitiesMeansNoRevenueAndNoUplift() {
        vm.input("opportunities").setValue(0);
        assertThat(vm.outputText("revenueDay")).isEqualTo("₽0");
        assertThat(vm.upliftPerMonth(false)[1]).isZero();
        assertThat(vm.upliftsProperty().get().get(1).upliftShare().isDefined()).isFalse();
    }

    @Test
    void resetBringsTheBaselineBack() {
        vm.input("averageDeal").setValue(1_000_000);
        vm.input("cycleDays").setValue(10);
        vm.resetToBaseline();
        assertThat(vm.anyChanged()).isFalse();
        assertThat(vm.outputText("revenueDay")).isEqualTo("₽41,667");
        assertThat(vm.upliftPerMonth(false)).containsExactly(vm.upliftPerMonth(true));
    }

    @Test
    void aNewMeasuredBaselineMovesUntouchedInputsAndTheBaselineUplifts() {
        vm.input("winRate").setValue(0.5);
        vm.setBaseline(new PipelineVelocityModel.Inputs(100, 200_000, 0.25, 60));
        assertThat(vm.input("opportunities").value()).isEqualTo(100);
        assertThat(vm.input("winRate").value()).as("the user's value stays").isEqualTo(0.5);
        assertThat(vm.baselineOutputText("revenueDay")).isEqualTo("₽83,333");
        assertThat(vm.upliftPerMonth(true)[0]).isCloseTo(2 * DAY * FunnelMetrics.DAYS_PER_MONTH * 0.1, within(1e-6));
    }

    @Test
    void currentInputsMirrorTheSliders() {
        vm.input("opportunities").setValue(80);
        assertThat(vm.currentInputs()).isEqualTo(new PipelineVelocityModel.Inputs(80, 200_000, 0.25, 60));
    }
}
