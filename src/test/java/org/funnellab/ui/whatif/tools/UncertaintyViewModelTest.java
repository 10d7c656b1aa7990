package org.funnellab.ui.whatif.tools;

import org.funnellab.calc.MonteCarlo;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.export.SamplesCsv;
import org.funnellab.calc.Unit;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.whatif.InputViewModel;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Monte Carlo on the non-target panel, run on the test thread. */
class UncertaintyViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");
    private final NonTargetCostViewModel panel = new NonTargetCostViewModel(
            NonTargetCostModel.Inputs.articleExample(), new Formats(EN, "RUB"));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final UncertaintyViewModel vm = new UncertaintyViewModel(panel, new I18n(EN), executor);

    @TempDir
    Path dir;

    private UncertainInput row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void defaultsAreTheCurrentValuesTwentyPercentEitherWayTenThousandDrawsSeed42() {
        panel.input("minutesPerCall").setValue(20);
        UncertaintyViewModel fresh = new UncertaintyViewModel(panel, new I18n(EN), executor);
        UncertainInput minutes = fresh.rows().get(panel.model().parameterIndex("minutesPerCall"));
        assertThat(minutes.lowTextProperty().get()).isEqualTo("16");
        assertThat(minutes.likelyTextProperty().get()).isEqualTo("20");
        assertThat(minutes.highTextProperty().get()).isEqualTo("24");
        assertThat(fresh.rows()).hasSize(10).allMatch(r -> r.includedProperty().get());
        assertThat(fresh.draws()).isEqualTo(10_000);
        assertThat(fresh.drawsTextProperty().get()).isEqualTo("10,000");
        assertThat(fresh.seed()).isEqualTo(42L);
        UncertainInput share = fresh.rows().get(panel.model().parameterIndex("nonTargetShare"));
        assertThat(share.lowTextProperty().get()).isEqualTo("40");
        assertThat(share.highTextProperty().get()).isEqualTo("60");
    }

    @Test
    void aRunGivesOrderedPercentilesInTheOutputsUnit() {
        vm.outputProperty().set("wastedHoursMonth");
        assertThat(vm.run()).isTrue();
        MonteCarlo.Result r = vm.resultProperty().get();
        assertThat(vm.stateProperty().get()).isEqualTo(UncertaintyViewModel.State.DONE);
        assertThat(r.completedDraws()).isEqualTo(10_000);
        assertThat(r.p10().value()).isLessThanOrEqualTo(r.p50().value());
        assertThat(r.p50().value()).isLessThanOrEqualTo(r.p90().value());
        assertThat(r.p10().value()).isLessThan(125).isGreaterThan(60);
        assertThat(r.p90().value()).isGreaterThan(125).isLessThan(216);
        assertThat(vm.p50Text()).endsWith(" h");
        assertThat(vm.statusTextProperty().get()).isEqualTo("10,000 draws.");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        vm.outputProperty().set("wastedSalaryMonth");
        vm.run();
        double p50 = vm.resultProperty().get().p50().value();
        vm.run();
        assertThat(vm.resultProperty().get().p50().value()).isEqualTo(p50);
        vm.seedTextProperty().set("7");
        vm.run();
        assertThat(vm.resultProperty().get().p50().value()).isNotEqualTo(p50);
    }

    @Test
    void cancellingLeavesNoResultAndSaysSo() {
        executor.cancelAfter(3);
        vm.outputProperty().set("wastedHoursMonth");
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(UncertaintyViewModel.State.CANCELLED);
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.statusTextProperty().get()).isEqualTo("Cancelled.");
        assertThat(vm.canRunProperty().get()).as("a new run may start").isTrue();
    }

    /**
     * The run reads the panel (slider ranges, current values) and the form on the FX thread when it starts; the
     * worker sees only that snapshot. Here the task is held back after submission, the user moves two sliders, and
     * only then does the task run on a worker thread: the result must be the one for the sliders as they were.
     * Estimates above the leads slider's top are clamped to that top, so every draw gives the same hand-worked
     * output; a worker that read the ranges live would see the widened slider and spread its draws.
     */
    @Test
    void aRunUsesTheSlidersAsTheyWereWhenItStartedNotAsTheyAreMovedDuringIt() throws InterruptedException {
        List<BackgroundTask<?>> submitted = new ArrayList<>();
        TaskExecutor holdBack = new TaskExecutor() {
            @Override
            public Cancellable execute(BackgroundTask<?> task) {
                submitted.add(task);
                return () -> { };
            }

            @Override
            public void close() {
            }
        };
        UncertaintyViewModel held = new UncertaintyViewModel(panel, new I18n(EN), holdBack);
        held.rows().forEach(r -> r.includedProperty().set(false));
        InputViewModel leads = panel.input("leadsPerMonth");
        double top = leads.maxProperty().get();
        UncertainInput leadsRow = held.rows().stream().filter(r -> r.id().equals("leadsPerMonth")).findFirst()
                .orElseThrow();
        leadsRow.includedProperty().set(true);
        Formats f = panel.formats();
        leadsRow.lowTextProperty().set(f.editText(Unit.COUNT, top * 1.5));
        leadsRow.likelyTextProperty().set(f.editText(Unit.COUNT, top * 2));
        leadsRow.highTextProperty().set(f.editText(Unit.COUNT, top * 2.5));
        held.outputProperty().set("wastedHoursMonth");
        assertThat(held.run()).isTrue();
        assertThat(submitted).hasSize(1);

        leads.setValue(top * 3);
        assertThat(leads.maxProperty().get()).as("the slider's range widened").isEqualTo(top * 3);
        panel.input("minutesPerCall").setValue(30);
        Thread worker = new Thread(() -> new CurrentThreadTaskExecutor().execute(submitted.get(0)), "worker");
        worker.start();
        worker.join();

        MonteCarlo.Result r = held.resultProperty().get();
        assertThat(r).as(held.statusTextProperty().get()).isNotNull();
        // top leads × 50 % non-target × 15 min per call / 60, for every draw
        double expected = top * 0.5 * 15 / 60;
        assertThat(r.p10().value()).isEqualTo(expected);
        assertThat(r.p90().value()).isEqualTo(expected);
        assertThat(r.mean().value()).isEqualTo(expected);
    }

    @Test
    void identicalLowLikelyHighGivesAZeroWidthBand() {
        for (UncertainInput r : vm.rows()) {
            r.lowTextProperty().set(r.likelyTextProperty().get());
            r.highTextProperty().set(r.likelyTextProperty().get());
        }
        vm.outputProperty().set("wastedHoursMonth");
        vm.run();
        MonteCarlo.Result r = vm.resultProperty().get();
        assertThat(r.p10().value()).isEqualTo(125.0);
        assertThat(r.p90().value()).isEqualTo(125.0);
        assertThat(vm.p10Text()).isEqualTo(vm.p90Text()).isEqualTo("125 h");
    }

    @Test
    void excludedInputsStayAtTheirCurrentValue() {
        vm.rows().forEach(r -> r.includedProperty().set(false));
        row("leadsPerMonth").includedProperty().set(true);
        row("leadsPerMonth").lowTextProperty().set("900");
        row("leadsPerMonth").highTextProperty().set("1,100");
        vm.outputProperty().set("wastedHoursMonth");
        vm.run();
        MonteCarlo.Result r = vm.resultProperty().get();
        assertThat(r.p10().value()).isBetween(112.5, 125.0);
        assertThat(r.p90().value()).isBetween(125.0, 137.5);
    }

    @Test
    void anInvalidRowOrDrawCountBlocksTheRun() {
        vm.outputProperty().set("wastedHoursMonth");
        row("managers").lowTextProperty().set("5");
        assertThat(row("managers").validProperty().get()).as("low above likely").isFalse();
        assertThat(vm.canRunProperty().get()).isFalse();
        assertThat(vm.run()).isFalse();
        row("managers").includedProperty().set(false);
        assertThat(vm.canRunProperty().get()).as("an excluded row is not checked").isTrue();
        vm.drawsTextProperty().set("many");
        assertThat(vm.canRunProperty().get()).isFalse();
        vm.drawsTextProperty().set("2,000");
        assertThat(vm.run()).isTrue();
        assertThat(vm.resultProperty().get().completedDraws()).isEqualTo(2_000);
    }

    @Test
    void undefinedDrawsAreCountedWithTheirReason() {
        row("managers").lowTextProperty().set("0");
        vm.outputProperty().set("capacityLost");
        vm.run();
        MonteCarlo.Result r = vm.resultProperty().get();
        assertThat(r.undefinedDraws()).isZero();
        row("workingHoursPerMonth").lowTextProperty().set("0");
        row("workingHoursPerMonth").likelyTextProperty().set("0");
        row("workingHoursPerMonth").highTextProperty().set("0");
        vm.run();
        assertThat(vm.statusTextProperty().get()).isEqualTo(
                "10,000 of 10,000 draws gave no value:\nUndefined: the sales team has no working hours. (10,000)");
        assertThat(vm.p50Text()).isEqualTo("—");
        assertThat(vm.canExport()).isFalse();
    }

    @Test
    void exportedSamplesRoundTrip() throws IOException {
        vm.outputProperty().set("wastedSalaryMonth");
        vm.run();
        Path file = dir.resolve(vm.suggestedFileName());
        vm.exportSamples(file);
        assertThat(file.getFileName().toString()).isEqualTo("nonTarget-wastedSalaryMonth-samples.csv");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("draw,wastedSalaryMonth");
        assertThat(SamplesCsv.read(file)).containsExactly(vm.resultProperty().get().samples());
        assertThat(vm.exportTextProperty().get()).isEqualTo("10,000 samples saved to " + file.getFileName() + ".");
    }

    @Test
    void changingTheOutputClearsTheResult() {
        vm.outputProperty().set("wastedHoursMonth");
        vm.run();
        vm.outputProperty().set("capacityLost");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.stateProperty().get()).isEqualTo(UncertaintyViewModel.State.IDLE);
    }
}
