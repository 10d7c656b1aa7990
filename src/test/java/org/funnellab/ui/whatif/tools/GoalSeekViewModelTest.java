package org.funnellab.ui.whatif.tools;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Goal seek on the non-target panel, without any window. */
class GoalSeekViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");
    private final NonTargetCostViewModel panel = new NonTargetCostViewModel(
            NonTargetCostModel.Inputs.articleExample(), new Formats(EN, "RUB"));
    private final GoalSeekViewModel vm = new GoalSeekViewModel(panel, new I18n(EN));

    private void choose(String output, String target, String input) {
        vm.outputProperty().set(output);
        vm.targetTextProperty().set(target);
        vm.inputProperty().set(input);
    }

    @Test
    void findsTheNonTargetShareThatGivesAHundredHours() {
        choose("wastedHoursMonth", "100", "nonTargetShare");
        assertThat(vm.run()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.FOUND);
        assertThat(vm.foundValue()).isCloseTo(0.4, within(1e-9));
        assertThat(vm.resultTextProperty().get()).isEqualTo("Set Non-target share to 40% to reach 100 h.");
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(panel.input("nonTargetShare").value()).as("nothing moves before Apply").isEqualTo(0.5);
    }

    @Test
    void applySetsTheInputAsOneUndoStep() {
        panel.input("managers").setValue(3);
        choose("wastedHoursMonth", "100", "nonTargetShare");
        vm.run();
        vm.apply();
        assertThat(panel.outputText("wastedHoursMonth")).isEqualTo("100 h");
        assertThat(vm.canApplyProperty().get()).isFalse();

        panel.history().undo();
        assertThat(panel.input("nonTargetShare").value()).isEqualTo(0.5);
        assertThat(panel.input("managers").value()).as("the earlier change is its own step").isEqualTo(3);
        panel.history().redo();
        assertThat(panel.input("nonTargetShare").value()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aTargetBeyondTheRangeIsNotReachableAndSaysWhatTheOutputSpans() {
        choose("wastedHoursMonth", "10,000", "nonTargetShare");
        vm.run();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.NOT_REACHABLE);
        assertThat(vm.resultTextProperty().get())
                .isEqualTo("Not reachable within 0%–100%: the result ranges from 0 h to 250 h.");
        assertThat(vm.canApplyProperty().get()).isFalse();
    }

    @Test
    void anOutputUndefinedOverTheWholeRangeSaysWhy() {
        panel.input("workingHoursPerMonth").setValue(0);
        choose("capacityLost", "10", "nonTargetShare");
        vm.run();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.NEVER_DEFINED);
        assertThat(vm.resultTextProperty().get()).endsWith("Undefined: the sales team has no working hours.");
    }

    @Test
    void aTargetThatIsNotANumberDoesNotRun() {
        choose("wastedHoursMonth", "a hundred", "nonTargetShare");
        assertThat(vm.targetValidProperty().get()).isFalse();
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.run()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.NONE);
    }

    @Test
    void nothingRunsUntilAnInputIsChosen() {
        vm.outputProperty().set("wastedHoursMonth");
        vm.targetTextProperty().set("100");
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.run()).isFalse();
    }

    @Test
    void sharesAreTypedInPercentAndTheUnitIsShown() {
        choose("capacityLost", "25", "managers");
        assertThat(vm.targetUnitProperty().get()).isEqualTo("%");
        vm.run();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.FOUND);
        assertThat(vm.foundValue()).as("125 h ÷ (m × 160 h) = 25 %").isCloseTo(3.125, within(1e-6));
    }

    @Test
    void changingTheChoiceClearsTheAnswer() {
        choose("wastedHoursMonth", "100", "nonTargetShare");
        vm.run();
        vm.targetTextProperty().set("90");
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.NONE);
        assertThat(vm.resultTextProperty().get()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isFalse();
    }

    @Test
    void movingAnInputOnThePanelDropsTheAnswerFoundForTheOldInputs() {
        choose("wastedHoursMonth", "100", "nonTargetShare");
        vm.run();
        panel.input("minutesPerCall").setValue(30);
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.NONE);
        assertThat(vm.canApplyProperty().get()).isFalse();
    }

    @Test
    void theAnswerStaysOnScreenAfterApply() {
        choose("wastedHoursMonth", "100", "nonTargetShare");
        vm.run();
        vm.apply();
        assertThat(vm.statusProperty().get()).isEqualTo(GoalSeekViewModel.Status.FOUND);
        assertThat(vm.resultTextProperty().get()).startsWith("Set Non-target share");
    }

    @Test
    void budgetSpendSlidersAreNamedAfterTheirChannel() {
        assertThat(ToolLabels.parameter(new I18n(EN), "planner", "spend.Yandex Direct"))
                .isEqualTo("Spend: Yandex Direct");
        assertThat(ToolLabels.parameter(new I18n(Locale.forLanguageTag("ru-RU")), "planner", "spend.VK"))
                .isEqualTo("Бюджет: VK");
    }

    @Test
    void theDialogStartsFromTheHeadlineOutputAndTheFirstInputAndKeepsChoicesAlreadyMade() {
        GoalSeekViewModel fresh = new GoalSeekViewModel(panel,
                new org.funnellab.ui.common.I18n(java.util.Locale.forLanguageTag("en-US")));
        fresh.suggestStart();
        assertThat(fresh.outputProperty().get()).isEqualTo("wastedSalaryMonth");
        assertThat(fresh.inputProperty().get()).isEqualTo(fresh.inputs().get(0));
        assertThat(fresh.targetTextProperty().get()).isEmpty();
        fresh.outputProperty().set("wastedHoursMonth");
        fresh.suggestStart();
        assertThat(fresh.outputProperty().get()).isEqualTo("wastedHoursMonth");
    }
}
