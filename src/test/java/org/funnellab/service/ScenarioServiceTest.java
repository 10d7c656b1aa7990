package org.funnellab.service;

import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.domain.Filters;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenarios stored in real SQLite workspace files. */
class ScenarioServiceTest {
    @TempDir
    Path dir;

    private static final ScenarioEvaluator PLAIN = new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS);

    private Path demo() {
        Path file = dir.resolve("ws.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 1500, 3);
        }
        return file;
    }

    @Test
    void aScenarioRoundTripsWithItsNoteFiltersAndOverridesAcrossReopening() {
        Path file = demo();
        Filters f = new Filters(YearMonth.of(2025, 7), YearMonth.of(2025, 12), Set.of("SEO"), Set.of(), Set.of());
        try (Workspace ws = Workspace.open(file)) {
            new ScenarioService(ws).save(Scenario.of("Cut VK 30 %", "for the board", f,
                    Map.of("nonTarget", Map.of("minutesPerCall", 10.0), "velocity", Map.of("winRate", 0.3))));
        }
        try (Workspace ws = Workspace.open(file)) {
            Scenario s = new ScenarioService(ws).get("Cut VK 30 %");
            assertThat(s.note()).isEqualTo("for the board");
            assertThat(s.filters()).isEqualTo(f);
            assertThat(s.overrides("nonTarget")).containsExactly(Map.entry("minutesPerCall", 10.0));
            assertThat(s.overrides("velocity")).containsExactly(Map.entry("winRate", 0.3));
            assertThat(s.createdAt()).isNotNull();
        }
    }

    @Test
    void renameDuplicateAndDeleteKeepNamesUnique() {
        try (Workspace ws = Workspace.open(demo())) {
            ScenarioService svc = new ScenarioService(ws);
            svc.save(Scenario.of("Base", "", Filters.ALL, Map.of()));
            svc.save(Scenario.of("Double partners", "", Filters.ALL, Map.of("velocity", Map.of("opportunities", 99.0))));
            assertThat(svc.duplicate("Double partners", null).name()).isEqualTo("Double partners (2)");
            assertThatThrownBy(() -> svc.rename("Base", "Double partners"))
                    .isInstanceOf(ScenarioService.ScenarioException.class).hasMessageContaining("already exists");
            svc.rename("Base", "Baseline plan");
            svc.delete("Double partners (2)");
            assertThat(svc.list()).extracting(Scenario::name).containsExactly("Baseline plan", "Double partners");
            assertThatThrownBy(() -> svc.delete("nope")).hasMessageContaining("no scenario named 'nope'");
            assertThatThrownBy(() -> svc.save(Scenario.of("  ", "", Filters.ALL, Map.of())))
                    .hasMessageContaining("name");
        }
    }

    /**
     * New data after saving: the scenario is still there, keeps its override, and shows the new baseline under it;
     * an override of a channel the data does not have is reported, and dropping it removes it.
     */
    @Test
    void aScenarioSurvivesAReimportAndShowsTheNewBaselineUnderItsOverrides() {
        Path file = demo();
        double before;
        try (Workspace ws = Workspace.open(file)) {
            ScenarioService svc = new ScenarioService(ws);
            svc.save(Scenario.of("Win more", "", Filters.ALL, Map.of(
                    PipelineVelocityModel.ID, Map.of("winRate", 0.5),
                    BudgetPlannerModel.ID, Map.of("spend.Closed channel", 1000.0))));
            PanelEvaluation v = svc.evaluate(svc.get("Win more"), PLAIN).get(PipelineVelocityModel.ID);
            before = v.baseline()[0];
            assertThat(v.value("winRate")).isEqualTo(0.5);
            assertThat(svc.evaluate(svc.get("Win more"), PLAIN).get(BudgetPlannerModel.ID).missing())
                    .containsEntry("spend.Closed channel", 1000.0);
        }
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2026, 6), 3000, 99);
        }
        try (Workspace ws = Workspace.open(file)) {
            ScenarioService svc = new ScenarioService(ws);
            Scenario s = svc.get("Win more");
            PanelEvaluation v = svc.evaluate(s, PLAIN).get(PipelineVelocityModel.ID);
            assertThat(v.value("winRate")).isEqualTo(0.5);
            assertThat(v.baseline()[0]).as("open opportunities measured again").isNotEqualTo(before);
            svc.save(s.withoutOverride(BudgetPlannerModel.ID, "spend.Closed channel"));
            assertThat(svc.evaluate(svc.get("Win more"), PLAIN).get(BudgetPlannerModel.ID).missing()).isEmpty();
        }
    }

    @Test
    void theWorkingStateIsSavedInTheWorkspace() {
        Path file = demo();
        WorkingState w = new WorkingState();
        w.panel(NonTargetCostModel.ID).put("minutesPerCall", 12);
        w.panel(NonTargetCostModel.ID).undo().push(new PanelState.Step("minutesPerCall", 15, 12));
        // one action that moved two inputs: the second step goes with the first
        w.panel(NonTargetCostModel.ID).undo().push(new PanelState.Step("managers", 2, 3));
        w.panel(NonTargetCostModel.ID).undo().push(new PanelState.Step("workingHoursPerMonth", 160, 150, true));
        w.setCurrentScenario("Base");
        try (Workspace ws = Workspace.open(file)) {
            new ScenarioService(ws).saveWorkingState(w.toJson());
        }
        WorkingState back = new WorkingState();
        try (Workspace ws = Workspace.open(file)) {
            assertThat(back.restore(new ScenarioService(ws).workingState().orElseThrow())).isTrue();
        }
        assertThat(back.panel(NonTargetCostModel.ID).moved()).containsExactly(Map.entry("minutesPerCall", 12.0));
        assertThat(back.panel(NonTargetCostModel.ID).undo()).containsExactly(
                new PanelState.Step("workingHoursPerMonth", 160, 150, true), new PanelState.Step("managers", 2, 3),
                new PanelState.Step("minutesPerCall", 15, 12));
        assertThat(back.currentScenario()).isEqualTo("Base");
        assertThat(back.restore("not json")).isFalse();
    }

    @Test
    void aScenariosPlannerFollowsTheResponseCurvesTheWindowsPlannerUses() {
        try (Workspace ws = Workspace.open(demo())) {
            ScenarioService svc = new ScenarioService(ws);
            Selection sel = new MetricsService(ws).select(Filters.ALL);
            var channels = new java.util.ArrayList<org.funnellab.calc.BudgetPlanner.ChannelBaseline>();
            PanelBaselines.plannerChannels(sel).forEach(b -> channels.add(b.inputs()));
            var first = channels.get(0);
            String spend = BudgetPlannerModel.SPEND_PREFIX + first.name();
            double doubled = first.spend() * 2;
            Scenario s = Scenario.of("Double " + first.name(), "", Filters.ALL,
                    Map.of(BudgetPlannerModel.ID, Map.of(spend, doubled)));

            PanelEvaluation withCurves = svc.evaluate(s, PLAIN).get(BudgetPlannerModel.ID);
            PanelEvaluation linear = PLAIN.evaluate(BudgetPlannerModel.ID, sel, s.overrides(BudgetPlannerModel.ID));

            // the window's planner: the same channels on the curves fitted for the selection
            var curves = PlannerService.plannedCurves(new PlannerService(new MetricsService(ws)).fit(sel));
            var window = ScenarioEvaluator.plannerBase(channels, curves,
                    ScenarioEvaluator.DEFAULT_ASSUMPTIONS.minutesPerCall(), PanelBaselines.clvPerCustomer(sel).orElse(0));
            double[] values = window.baseline().clone();
            values[0] = doubled;
            var expected = window.model().evaluate(values);

            assertThat(withCurves.output("leads").value()).isEqualTo(expected[window.model().outputIndex("leads")].value());
            assertThat(withCurves.output("leads").value())
                    .as("doubling spend on a concave curve brings fewer leads than the straight line")
                    .isLessThan(linear.output("leads").value());
        }
    }
}
