package org.funnellab.ui.whatif;

import org.funnellab.calc.PlannerWithSettingsModel;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.BudgetPlanner.ChannelPlan;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The budget planner's state without any window, over six realistic channels. */
class BudgetPlannerViewModelTest {
    private static final Formats EN = new Formats(Locale.forLanguageTag("en-US"), "RUB");
    private static final double BASELINE_TOTAL = 450_000 + 250_000 + 120_000 + 150_000 + 40_000 + 300_000;
    private final BudgetPlannerViewModel vm = BudgetPlannerViewModel.demo(EN);

    private double spendSum() {
        double s = 0;
        for (int i = 0; i < vm.channels().size(); i++) {
            s += vm.spend(i).value();
        }
        return s;
    }

    private double shareSum() {
        double s = 0;
        for (int i = 0; i < vm.channels().size(); i++) {
            s += vm.share(i);
        }
        return s;
    }

    @Test
    void startsAtTheMeasuredSpendsLinear() {
        assertThat(vm.outputText("spend")).isEqualTo("₽1,310,000");
        assertThat(vm.input("exponent").value()).isZero();
        // Яндекс Директ: 450,000 ÷ 3,000 = 150 leads, 4.5 customers, CAC 100,000
        ChannelPlan yandex = vm.planProperty().get().channels().get(0);
        assertThat(yandex.leads().value()).isCloseTo(150, within(1e-9));
        assertThat(yandex.customers().value()).isCloseTo(4.5, within(1e-9));
        assertThat(yandex.cac().value()).isCloseTo(100_000, within(1e-6));
        assertThat(vm.totalBudget().value()).isEqualTo(BASELINE_TOTAL);
        assertThat(vm.rows()).hasSize(7).last().isSameAs(vm.planProperty().get().total());
        assertThat(vm.anyChanged()).isFalse();
    }

    @Test
    void movingOneChannelRecomputesItsRowAndTheTotals() {
        vm.spend(2).setValue(240_000);
        ChannelPlan seo = vm.planProperty().get().channels().get(2);
        assertThat(seo.leads().value()).isCloseTo(240, within(1e-9));
        assertThat(vm.outputText("spend")).isEqualTo("₽1,430,000");
        assertThat(vm.totalBudget().value()).as("the total follows outside budget mode").isEqualTo(1_430_000);
        assertThat(vm.baselinePlanProperty().get().channels().get(2).leads().value()).isCloseTo(120, within(1e-9));
        assertThat(vm.spendValues(false)[2]).isEqualTo(240_000);
        assertThat(vm.spendValues(true)[2]).isEqualTo(120_000);
    }

    @Test
    void diminishingReturnsMakeExtraSpendBuyFewerLeads() {
        vm.input("exponent").setValue(0.5);
        vm.spend(0).setValue(4 * 450_000);
        // CPL = 3,000 × 4^0.5 = 6,000 → 1,800,000 ÷ 6,000 = 300 leads, not 600
        assertThat(vm.planProperty().get().channels().get(0).leads().value()).isCloseTo(300, within(1e-9));
    }

    @Test
    void theSettingsAreInputsToo() {
        double hours = vm.output("wastedHours").value();
        vm.input(PlannerWithSettingsModel.MINUTES).setValue(30);
        assertThat(vm.output("wastedHours").value()).isCloseTo(2 * hours, within(1e-9));
        double ratio = vm.output("ltvToCac").value();
        vm.input(PlannerWithSettingsModel.CLV).setValue(200_000);
        assertThat(vm.output("ltvToCac").value()).isCloseTo(ratio / 2, within(1e-12));
        assertThat(vm.input(PlannerWithSettingsModel.CLV).parameter().assumption()).isTrue();
    }

    @Test
    void perChannelRowsSumToTheTotalRowForRandomPlans() {
        Random random = new Random(20261122L);
        for (int run = 0; run < 300; run++) {
            for (int i = 0; i < vm.channels().size(); i++) {
                vm.spend(i).setValue(random.nextInt(5) == 0 ? 0 : random.nextDouble() * 1_000_000);
            }
            vm.input("exponent").setValue(random.nextDouble());
            BudgetPlanner.Plan p = vm.planProperty().get();
            double spend = 0;
            double leads = 0;
            double target = 0;
            double customers = 0;
            double revenue = 0;
            double hours = 0;
            for (ChannelPlan c : p.channels()) {
                spend += c.spend();
                leads += c.leads().value();
                target += c.targetLeads().value();
                customers += c.customers().value();
                revenue += c.revenue().value();
                hours += c.wastedHours().value();
            }
            assertThat(p.total().spend()).isCloseTo(spend, within(1e-6));
            assertThat(p.total().leads().value()).isCloseTo(leads, within(1e-6));
            assertThat(p.total().targetLeads().value()).isCloseTo(target, within(1e-6));
            assertThat(p.total().customers().value()).isCloseTo(customers, within(1e-6));
            assertThat(p.total().revenue().value()).isCloseTo(revenue, within(1e-3));
            assertThat(p.total().wastedHours().value()).isCloseTo(hours, within(1e-6));
            assertThat(vm.output("customers").value()).isCloseTo(customers, within(1e-6));
        }
    }

    @Test
    void inBudgetModeMovingTheTotalKeepsTheShares() {
        vm.budgetModeProperty().set(true);
        double yandexShare = vm.share(0);
        vm.totalBudget().setValue(2 * BASELINE_TOTAL);
        assertThat(vm.spend(0).value()).isCloseTo(900_000, within(1e-6));
        assertThat(vm.share(0)).isCloseTo(yandexShare, within(1e-12));
        assertThat(spendSum()).isCloseTo(2 * BASELINE_TOTAL, within(1e-6));
        assertThat(vm.output("spend").value()).isCloseTo(2 * BASELINE_TOTAL, within(1e-6));
    }

    @Test
    void inBudgetModeRaisingOneChannelTakesFromTheOthersInProportion() {
        vm.budgetModeProperty().set(true);
        double vkToSeo = vm.spend(1).value() / vm.spend(2).value();
        vm.spend(0).setValue(650_000);
        assertThat(spendSum()).isCloseTo(BASELINE_TOTAL, within(1e-6));
        assertThat(vm.spend(0).value()).isEqualTo(650_000);
        // Split spends are whole rubles, so the proportion holds to the ruble.
        assertThat(vm.spend(1).value() / vm.spend(2).value()).isCloseTo(vkToSeo, within(1e-4));
        assertThat(shareSum()).isCloseTo(1, within(1e-12));
        for (int i = 0; i < vm.channels().size(); i++) {
            assertThat(vm.spend(i).value()).as("whole rubles").isEqualTo(Math.rint(vm.spend(i).value()));
        }
    }

    @Test
    void inBudgetModeAChannelCannotExceedTheTotal() {
        vm.budgetModeProperty().set(true);
        vm.spend(3).setValue(10 * BASELINE_TOTAL);
        assertThat(vm.spend(3).value()).isEqualTo(BASELINE_TOTAL);
        assertThat(vm.share(3)).isEqualTo(1.0);
        assertThat(spendSum()).isCloseTo(BASELINE_TOTAL, within(1e-6));
        // The others' money can come back: they regrow with equal shares.
        vm.spend(3).setValue(BASELINE_TOTAL / 2);
        assertThat(vm.spend(0).value()).isCloseTo(BASELINE_TOTAL / 10, within(1e-6));
    }

    @Test
    void inBudgetModeSharesAlwaysSumToOneAndTheTotalHolds() {
        Random random = new Random(7L);
        vm.budgetModeProperty().set(true);
        for (int run = 0; run < 500; run++) {
            if (random.nextInt(4) == 0) {
                vm.totalBudget().setValue(random.nextDouble() * 3_000_000);
            } else {
                int i = random.nextInt(vm.channels().size());
                vm.spend(i).setValue(random.nextDouble() * 1_500_000);
            }
            assertThat(shareSum()).isCloseTo(1, within(1e-9));
            assertThat(spendSum()).isCloseTo(vm.totalBudget().value(), within(1e-6 * Math.max(1,
                    vm.totalBudget().value())));
            for (int i = 0; i < vm.channels().size(); i++) {
                assertThat(vm.spend(i).value()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void inBudgetModeUndoingAChannelMoveRestoresTheWholeSplitInOneStep() {
        vm.budgetModeProperty().set(true);
        double[] before = vm.currentValues();
        vm.spend(0).setValue(500_000);
        vm.history().endStep();
        vm.spend(0).setValue(700_000);
        vm.history().endStep();
        vm.history().undo();
        assertThat(vm.spend(0).value()).isEqualTo(500_000);
        vm.history().undo();
        assertThat(vm.history().canUndoProperty().get()).isFalse();
        for (int i = 0; i < vm.channels().size(); i++) {
            assertThat(vm.spend(i).value()).as(vm.channels().get(i).name()).isCloseTo(before[i], within(1.0));
        }
        assertThat(spendSum()).isCloseTo(BASELINE_TOTAL, within(1e-6));
        vm.history().redo();
        assertThat(vm.spend(0).value()).isEqualTo(500_000);
        assertThat(spendSum()).isCloseTo(BASELINE_TOTAL, within(1e-6));
    }

    @Test
    void aTotalMoveRecomputesThePlanOnce() {
        vm.budgetModeProperty().set(true);
        int[] plans = {0};
        vm.planProperty().addListener((obs, o, n) -> plans[0]++);
        vm.totalBudget().setValue(1_000_000);
        assertThat(plans[0]).isEqualTo(1);
        vm.spend(0).setValue(100_000);
        assertThat(plans[0]).isEqualTo(2);
    }

    @Test
    void resetInBudgetModeRestoresEveryChannelAndTheTotal() {
        vm.budgetModeProperty().set(true);
        vm.totalBudget().setValue(500_000);
        vm.spend(4).setValue(200_000);
        vm.input("exponent").setValue(0.3);
        vm.resetToBaseline();
        assertThat(vm.anyChanged()).isFalse();
        assertThat(vm.totalBudget().value()).isEqualTo(BASELINE_TOTAL);
        assertThat(vm.outputText("spend")).isEqualTo("₽1,310,000");
        assertThat(vm.share(0)).isCloseTo(450_000 / BASELINE_TOTAL, within(1e-12));
    }

    @Test
    void noSpendAnywhereLeavesCacAndLtvUndefined() {
        for (int i = 0; i < vm.channels().size(); i++) {
            vm.spend(i).setValue(0);
        }
        assertThat(vm.outputText("cac")).isEqualTo("—");
        assertThat(vm.outputText("ltvToCac")).isEqualTo("—");
        assertThat(vm.outputText("leads")).isEqualTo("0");
        assertThat(vm.ltvHealthyProperty().get()).isFalse();
        assertThat(vm.ltvUnhealthyProperty().get()).isFalse();
        assertThat(vm.planProperty().get().channels().get(0).cpl().reason()).isEqualTo(UndefinedReason.ZERO_SPEND);
    }

    @Test
    void aChannelWithoutCostPerLeadMakesLeadsUndefinedAndShowsNoCustomerBar() {
        List<ChannelBaseline> channels = List.of(
                new ChannelBaseline("Яндекс Директ", 450_000, 3_000, 0.45, 0.03, 180_000),
                new ChannelBaseline("Новый канал", 50_000, 0, 0, 0, 0));
        BudgetPlannerViewModel planner = new BudgetPlannerViewModel(channels, 15, 400_000, EN);
        assertThat(planner.outputText("leads")).isEqualTo("—");
        assertThat(planner.outputText("customers")).isEqualTo("—");
        assertThat(planner.output("leads").reason()).isEqualTo(UndefinedReason.ZERO_CPL);
        assertThat(planner.customerValues(false)[1]).isNull();
        assertThat(planner.customerValues(false)[0]).isCloseTo(4.5, within(1e-9));
        planner.spend(1).setValue(0);
        assertThat(planner.outputText("leads")).isEqualTo("150");
    }

    @Test
    void healthFollowsTheTotalLtvToCac() {
        assertThat(vm.ltvHealthyProperty().get()).isTrue();
        vm.input(PlannerWithSettingsModel.CLV).setValue(10_000);
        assertThat(vm.ltvHealthyProperty().get()).isFalse();
        assertThat(vm.ltvUnhealthyProperty().get()).isTrue();
    }

    @Test
    void movingAShareFromOneChannelToAnotherKeepsTheTotalAndIsOneUndoStep() {
        // 30 % of Яндекс Директ's 450,000 = 135,000 moves to the second channel (250,000 → 385,000).
        int steps = vm.history().undoSteps();
        assertThat(vm.moveShare(0, 1, 0.3)).isTrue();
        assertThat(vm.spend(0).value()).isEqualTo(315_000);
        assertThat(vm.spend(1).value()).isEqualTo(385_000);
        assertThat(spendSum()).isEqualTo(BASELINE_TOTAL);
        assertThat(vm.history().undoSteps()).isEqualTo(steps + 2);
        vm.history().undo();
        assertThat(vm.spend(0).value()).as("one undo puts both back").isEqualTo(450_000);
        assertThat(vm.spend(1).value()).isEqualTo(250_000);
        assertThat(vm.history().undoSteps()).isEqualTo(steps);
        vm.history().redo();
        assertThat(vm.spend(0).value()).isEqualTo(315_000);
        assertThat(vm.spend(1).value()).isEqualTo(385_000);

        // In budget mode too, and the next change is a step of its own.
        vm.budgetModeProperty().set(true);
        assertThat(vm.moveShare(1, 2, 1.0 / 7)).isTrue(); // 385,000 ÷ 7 = 55,000 → the third channel
        assertThat(vm.spend(1).value()).isEqualTo(330_000);
        assertThat(vm.spend(2).value()).isEqualTo(175_000);
        assertThat(spendSum()).isEqualTo(BASELINE_TOTAL);
        vm.budgetModeProperty().set(false); // per channel: a slider moves only itself
        vm.spend(3).setValue(160_000);
        vm.history().endStep();
        vm.history().undo();
        assertThat(vm.spend(1).value()).as("undo takes back only the last change").isEqualTo(330_000);
        assertThat(vm.spend(3).value()).isEqualTo(150_000);
        vm.history().undo();
        assertThat(vm.spend(1).value()).isEqualTo(385_000);
        assertThat(vm.spend(2).value()).isEqualTo(120_000);

        assertThat(vm.moveShare(1, 1, 0.1)).isFalse();
        assertThat(vm.moveShare(0, 1, 1.5)).isFalse();
        assertThat(vm.moveShare(0, 9, 0.1)).isFalse();
        assertThat(vm.spend(0).value()).isEqualTo(315_000);
    }
}
