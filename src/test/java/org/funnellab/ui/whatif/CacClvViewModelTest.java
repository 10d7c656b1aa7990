package org.funnellab.ui.whatif;

import org.funnellab.calc.CacClvModel;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The CAC / CLV panel's state without any window; the example business: ₽600,000 a month, 20 customers. */
class CacClvViewModelTest {
    private final CacClvViewModel vm = new CacClvViewModel(CacClvModel.example(),
            new Formats(Locale.forLanguageTag("en-US"), "RUB"));

    @Test
    void startsAtTheBaselineWithHealthyEconomics() {
        assertThat(vm.outputText("spendMonth")).isEqualTo("₽600,000");
        assertThat(vm.outputText("customersMonth")).isEqualTo("20");
        assertThat(vm.outputText("cac")).isEqualTo("₽30,000");
        assertThat(vm.outputText("clv")).isEqualTo("₽480,000");
        assertThat(vm.outputText("ltvToCac")).isEqualTo("16:1");
        // 30,000 ÷ (200,000 × 2 ÷ 12 × 0.4) = 2.25 months
        assertThat(vm.output("paybackMonths").value()).isCloseTo(2.25, within(1e-12));
        assertThat(vm.ltvHealthyProperty().get()).isTrue();
        assertThat(vm.ltvUnhealthyProperty().get()).isFalse();
        assertThat(vm.paybackHealthyProperty().get()).isTrue();
        assertThat(vm.anyChanged()).isFalse();
    }

    @Test
    void doublingMediaSpendRecomputesCacAndKeepsTheBaseline() {
        vm.input("mediaSpend").setValue(600_000);
        assertThat(vm.outputText("spendMonth")).isEqualTo("₽900,000");
        assertThat(vm.outputText("cac")).isEqualTo("₽45,000");
        assertThat(vm.baselineOutputText("cac")).isEqualTo("₽30,000");
        assertThat(vm.blendedPoint(false)).containsExactly(45_000, 480_000);
        assertThat(vm.blendedPoint(true)).containsExactly(30_000, 480_000);
    }

    @Test
    void aShortLifetimeTurnsLtvToCacUnhealthyButNotThePayback() {
        vm.input("lifetimeYears").setValue(0.5);
        assertThat(vm.outputText("clv")).isEqualTo("₽80,000");
        assertThat(vm.output("ltvToCac").value()).isCloseTo(80.0 / 30, within(1e-12));
        assertThat(vm.ltvHealthyProperty().get()).isFalse();
        assertThat(vm.ltvUnhealthyProperty().get()).isTrue();
        assertThat(vm.paybackHealthyProperty().get()).isTrue();
    }

    @Test
    void aLongPaybackIsUnhealthy() {
        vm.input("grossMargin").setValue(0.05);
        // 30,000 ÷ (33,333.33 × 0.05) = 18 months
        assertThat(vm.output("paybackMonths").value()).isCloseTo(18, within(1e-9));
        assertThat(vm.paybackUnhealthyProperty().get()).isTrue();
        assertThat(vm.paybackHealthyProperty().get()).isFalse();
    }

    @Test
    void noConversionLeavesCacAndItsRatiosUndefinedAndNeitherHealthyNorUnhealthy() {
        vm.input("leadToCustomer").setValue(0);
        assertThat(vm.outputText("cac")).isEqualTo("—");
        assertThat(vm.outputText("ltvToCac")).isEqualTo("—");
        assertThat(vm.outputText("paybackMonths")).isEqualTo("—");
        assertThat(vm.output("cac").reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
        assertThat(vm.ltvHealthyProperty().get()).isFalse();
        assertThat(vm.ltvUnhealthyProperty().get()).isFalse();
        assertThat(vm.paybackHealthyProperty().get()).isFalse();
        assertThat(vm.paybackUnhealthyProperty().get()).isFalse();
        assertThat(vm.blendedPoint(false)).isNull();
    }

    @Test
    void resetBringsEveryInputAndTheHealthBack() {
        vm.input("leadToCustomer").setValue(0);
        vm.input("mediaSpend").setValue(5_000_000);
        vm.resetToBaseline();
        assertThat(vm.anyChanged()).isFalse();
        assertThat(vm.outputText("cac")).isEqualTo("₽30,000");
        assertThat(vm.ltvHealthyProperty().get()).isTrue();
    }

    @Test
    void aNewMeasuredBaselineMovesTheBaselinePointAndUntouchedInputs() {
        vm.input("grossMargin").setValue(0.5);
        CacClvModel.Inputs measured = new CacClvModel.Inputs(600_000, 100_000, 50_000, 150_000, 1000, 0.02,
                200_000, 2, 3, 0.4);
        vm.setBaseline(measured);
        assertThat(vm.baselineOutputText("cac")).isEqualTo("₽45,000");
        assertThat(vm.blendedPoint(true)).containsExactly(45_000, 480_000);
        assertThat(vm.input("mediaSpend").value()).isEqualTo(600_000);
        assertThat(vm.input("grossMargin").value()).as("the user's value stays").isEqualTo(0.5);
    }

    @Test
    void channelsWithoutCacAreNotPlottedAndSayWhy() {
        assertThat(vm.plottedChannels()).isEmpty();
        vm.setChannels(CacClvViewModel.demoChannels());
        assertThat(vm.plottedChannels()).hasSize(5);
        assertThat(vm.unplottedChannels()).extracting(ChannelEconomics::name).containsExactly("Выставки");
        assertThat(CacClvViewModel.unplottedReason(vm.unplottedChannels().get(0)))
                .isEqualTo(UndefinedReason.NO_WON_LEADS);
    }

    @Test
    void aChannelWithCacButNoClvGivesTheClvReason() {
        ChannelEconomics c = new ChannelEconomics("SEO", MetricValue.of(10_000),
                MetricValue.undefined(UndefinedReason.NO_DEAL_VALUES));
        vm.setChannels(List.of(c));
        assertThat(vm.unplottedChannels()).containsExactly(c);
        assertThat(CacClvViewModel.unplottedReason(c)).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
        assertThat(c.ltvToCac().reason()).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
    }

    @Test
    void aChannelsRatioIsClvOverCac() {
        ChannelEconomics c = new ChannelEconomics("Email", MetricValue.of(9_000), MetricValue.of(150_000));
        assertThat(c.ltvToCac().value()).isCloseTo(150_000 / 9_000.0, within(1e-12));
        assertThat(new ChannelEconomics("Free", MetricValue.of(0), MetricValue.of(1)).ltvToCac().reason())
                .isEqualTo(UndefinedReason.ZERO_CAC);
    }
}
