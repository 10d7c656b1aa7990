package org.funnellab.ui.whatif;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel's state and behaviour without any window. */
class NonTargetCostViewModelTest {
    private final NonTargetCostViewModel vm = new NonTargetCostViewModel(
            NonTargetCostModel.Inputs.articleExample(), new Formats(Locale.forLanguageTag("en-US"), "RUB"));

    @Test
    void startsAtTheBaselineWithTheArticlesFigures() {
        assertThat(vm.outputText("wastedHoursMonth")).isEqualTo("125 h");
        assertThat(vm.outputText("capacityLost")).isEqualTo("39.06%");
        assertThat(vm.outputText("loadedHourlyCost")).isEqualTo("₽625");
        assertThat(vm.outputText("wastedSalaryMonth")).isEqualTo("₽78,125");
        assertThat(vm.anyChanged()).isFalse();
    }

    @Test
    void movingAnInputRecomputesTheOutputsAtOnce() {
        long before = vm.recomputeCount();
        vm.input("nonTargetShare").setValue(0.3);
        assertThat(vm.recomputeCount()).isEqualTo(before + 1);
        assertThat(vm.output("wastedHoursMonth").value()).isEqualTo(75.0);
        assertThat(vm.baselineOutput("wastedHoursMonth").value()).isEqualTo(125.0);
        assertThat(vm.input("nonTargetShare").changedProperty().get()).isTrue();
    }

    @Test
    void resetReturnsEveryInputToTheBaseline() {
        vm.input("managers").setValue(5);
        vm.input("minutesPerCall").setValue(30);
        vm.resetToBaseline();
        assertThat(vm.anyChanged()).isFalse();
        assertThat(vm.outputText("wastedHoursMonth")).isEqualTo("125 h");
    }

    @Test
    void typedValueIsAppliedAndInvalidTextChangesNothing() {
        InputViewModel salary = vm.input("monthlySalary");
        salary.editTextProperty().set("120,000");
        assertThat(salary.commitEdit()).isTrue();
        assertThat(vm.output("wastedSalaryMonth").value()).isEqualTo(125 * 750.0);

        salary.editTextProperty().set("a lot");
        assertThat(salary.editValidProperty().get()).isFalse();
        assertThat(salary.commitEdit()).isFalse();
        assertThat(salary.value()).isEqualTo(120_000);
    }

    @Test
    void arithmeticTypedAfterAnEqualsSignIsApplied() {
        InputViewModel salary = vm.input("monthlySalary");
        salary.editTextProperty().set("=100000*1.2");
        assertThat(salary.editValidProperty().get()).isTrue();
        assertThat(salary.commitEdit()).isTrue();
        assertThat(salary.value()).isEqualTo(120_000);
        assertThat(salary.editTextProperty().get()).as("the result replaces the expression").doesNotContain("=");
        InputViewModel share = vm.input("nonTargetShare");
        share.editTextProperty().set("=(40+20)/2");
        assertThat(share.commitEdit()).isTrue();
        assertThat(share.value()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        salary.editTextProperty().set("=1/0");
        assertThat(salary.editValidProperty().get()).isFalse();
        assertThat(salary.commitEdit()).isFalse();
        assertThat(salary.value()).isEqualTo(120_000);
    }

    @Test
    void typedValueBeyondTheSliderWidensItsRange() {
        InputViewModel leads = vm.input("leadsPerMonth");
        double max = leads.maxProperty().get();
        leads.editTextProperty().set(String.valueOf((long) max * 2));
        leads.commitEdit();
        assertThat(leads.maxProperty().get()).isEqualTo(max * 2);
        assertThat(leads.value()).isEqualTo(max * 2);
    }

    @Test
    void leavingAnUntouchedRoundedFieldDoesNotMoveTheExactValue() {
        InputViewModel leads = vm.input("leadsPerMonth");
        leads.setValue(277.777);
        assertThat(leads.editTextProperty().get()).isEqualTo("278");
        assertThat(leads.commitEdit()).isTrue();
        assertThat(leads.value()).isEqualTo(277.777);
    }

    @Test
    void aShareAboveOneHundredPercentIsRefused() {
        InputViewModel share = vm.input("nonTargetShare");
        share.editTextProperty().set("137");
        assertThat(share.editValidProperty().get()).isFalse();
        assertThat(share.commitEdit()).isFalse();
        assertThat(share.value()).isEqualTo(0.5);
    }

    @Test
    void sharesAreTypedAsPercent() {
        InputViewModel share = vm.input("nonTargetShare");
        assertThat(share.editTextProperty().get()).isEqualTo("50");
        share.editTextProperty().set("20");
        share.commitEdit();
        assertThat(share.value()).isEqualTo(0.2);
    }

    @Test
    void noTeamMakesCapacityUndefinedWithAReason() {
        vm.input("managers").setValue(0);
        assertThat(vm.output("capacityLost").isDefined()).isFalse();
        assertThat(vm.outputText("capacityLost")).isEqualTo("—");
        assertThat(vm.moneyChartValues(false)[2]).isNull();
    }

    @Test
    void newBaselineMovesUntouchedInputsAndKeepsTheUsersOwn() {
        vm.input("minutesPerCall").setValue(20);
        double[] newBaseline = NonTargetCostModel.Inputs.articleExample().toArray();
        newBaseline[0] = 2000;
        newBaseline[2] = 10;
        vm.setBaseline(newBaseline);
        assertThat(vm.input("leadsPerMonth").value()).isEqualTo(2000);
        assertThat(vm.input("minutesPerCall").value()).isEqualTo(20);
        assertThat(vm.baselineOutput("wastedHoursMonth").value()).isEqualTo(2000 * 0.5 * 10 / 60.0);
    }

    @Test
    void chartValuesFollowTheScenario() {
        Double[] base = vm.moneyChartValues(true);
        vm.input("monthlySalary").setValue(200_000);
        assertThat(vm.moneyChartValues(false)[0]).isEqualTo(156_250.0);
        assertThat(vm.moneyChartValues(true)).containsExactly(base);
    }
}
