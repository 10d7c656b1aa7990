package org.funnellab.ui.whatif;

import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.service.PanelState;
import org.funnellab.service.WorkingState;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A panel's working state outlives its view model: a rebuilt panel (new language, new data) continues it. */
class PanelWorkingStateTest {
    private static final Formats EN = new Formats(Locale.US, "RUB");
    private static final Formats RU = new Formats(Locale.forLanguageTag("ru-RU"), "RUB");

    @Test
    void aRebuiltPanelKeepsTheMovedInputsAndTheUndoHistory() {
        PanelState state = new PanelState();
        NonTargetCostModel.Inputs base = NonTargetCostModel.Inputs.articleExample();
        NonTargetCostViewModel first = new NonTargetCostViewModel(base, EN, state);
        first.input("minutesPerCall").setValue(25);
        first.history().endStep();
        first.input("minutesPerCall").setValue(30);
        first.history().endStep();

        NonTargetCostViewModel again = new NonTargetCostViewModel(base, RU, state);
        assertThat(again.input("minutesPerCall").value()).isEqualTo(30);
        assertThat(again.history().undoSteps()).isEqualTo(2);
        again.history().undo();
        assertThat(again.input("minutesPerCall").value()).isEqualTo(25);
        again.history().undo();
        assertThat(again.input("minutesPerCall").value()).isEqualTo(base.minutesPerCall());
        assertThat(state.moved()).isEmpty();
        assertThat(state.attachments()).isEqualTo(2);
    }

    @Test
    void aPlannerRebuiltForNewDataKeepsTheSpendTheUserMovedAndFollowsTheRest() {
        PanelState state = new PanelState();
        BudgetPlannerViewModel before = new BudgetPlannerViewModel(List.of(
                new ChannelBaseline("VK", 100_000, 1_000, 0.3, 0.05, 100_000),
                new ChannelBaseline("SEO", 50_000, 500, 0.2, 0.05, 100_000)), 15, 300_000, EN, state);
        before.input("spend.VK").setValue(70_000);

        BudgetPlannerViewModel after = new BudgetPlannerViewModel(List.of(
                new ChannelBaseline("VK", 120_000, 1_000, 0.3, 0.05, 100_000),
                new ChannelBaseline("SEO", 60_000, 500, 0.2, 0.05, 100_000)), 15, 300_000, EN, state);
        assertThat(after.input("spend.VK").value()).isEqualTo(70_000);
        assertThat(after.input("spend.SEO").value()).as("untouched: the new baseline").isEqualTo(60_000);
        assertThat(after.totalBudget().value()).isEqualTo(130_000);
        assertThat(after.history().canUndoProperty().get()).isTrue();
    }

    @Test
    void aStateReplacedFromOutsideIsShownAndSavedStateRoundTrips() {
        WorkingState working = new WorkingState();
        NonTargetCostViewModel vm = new NonTargetCostViewModel(NonTargetCostModel.Inputs.articleExample(), EN,
                working.panel(NonTargetCostModel.ID));
        working.setOnReplaced(p -> vm.applyState());
        vm.input("managers").setValue(7);
        String json = working.toJson();

        WorkingState other = new WorkingState();
        other.restore(json);
        assertThat(other.panel(NonTargetCostModel.ID).moved()).containsEntry("managers", 7.0);

        working.panel(NonTargetCostModel.ID).replaceMoved(Map.of("minutesPerCall", 12.0));
        working.replaced(NonTargetCostModel.ID);
        assertThat(vm.input("minutesPerCall").value()).isEqualTo(12);
        assertThat(vm.input("managers").value()).as("back to the baseline").isEqualTo(
                NonTargetCostModel.Inputs.articleExample().managers());
    }
}
