package org.funnellab.ui.whatif;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.common.Formats;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InputHistoryTest {
    private final NonTargetCostViewModel vm = new NonTargetCostViewModel(
            NonTargetCostModel.Inputs.articleExample(), new Formats(Locale.forLanguageTag("en-US"), "RUB"));
    private final InputHistory history = vm.history();

    @Test
    void aDragOfManyTicksUndoesInOneStep() {
        InputViewModel share = vm.input("nonTargetShare");
        for (double v = 0.5; v >= 0.2; v -= 0.01) {
            share.setValue(v);
        }
        history.endStep();
        history.undo();
        assertThat(share.value()).isEqualTo(0.5);
        assertThat(history.canUndoProperty().get()).isFalse();
        history.redo();
        assertThat(share.value()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.011));
    }

    @Test
    void changesToDifferentInputsAreSeparateSteps() {
        vm.input("managers").setValue(3);
        vm.input("minutesPerCall").setValue(20);
        history.undo();
        assertThat(vm.input("minutesPerCall").value()).isEqualTo(15);
        assertThat(vm.input("managers").value()).isEqualTo(3);
        history.undo();
        assertThat(vm.input("managers").value()).isEqualTo(2);
    }

    @Test
    void aNewMeasuredBaselineIsNotAnUndoStep() {
        double[] measured = NonTargetCostModel.Inputs.articleExample().toArray();
        measured[0] = 2500;
        vm.setBaseline(measured);
        assertThat(vm.input("leadsPerMonth").value()).isEqualTo(2500);
        assertThat(history.canUndoProperty().get()).isFalse();
        vm.input("managers").setValue(4);
        history.undo();
        assertThat(vm.input("managers").value()).isEqualTo(2);
        assertThat(vm.input("leadsPerMonth").value()).isEqualTo(2500);
    }

    @Test
    void aNewChangeClearsRedo() {
        vm.input("managers").setValue(3);
        history.undo();
        assertThat(history.canRedoProperty().get()).isTrue();
        vm.input("managers").setValue(4);
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoingEverythingReturnsToTheBaselineOutputs() {
        Random r = new Random(42);
        String[] ids = {"leadsPerMonth", "nonTargetShare", "minutesPerCall", "managers", "monthlySalary"};
        for (int i = 0; i < 200; i++) {
            InputViewModel in = vm.input(ids[r.nextInt(ids.length)]);
            in.setValue(in.minProperty().get() + r.nextDouble() * (in.maxProperty().get() - in.minProperty().get()));
            if (r.nextBoolean()) {
                history.endStep();
            }
        }
        while (history.canUndoProperty().get()) {
            history.undo();
        }
        assertThat(vm.anyChanged()).isFalse();
        assertThat(vm.output("wastedHoursMonth").value()).isEqualTo(125.0);
    }
}
