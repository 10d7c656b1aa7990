package org.funnellab.ui.whatif;

import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PlannerWithSettingsModel;
import org.funnellab.calc.Unit;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.ScenarioService;
import org.funnellab.service.WorkingState;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.scenarios.ScenariosViewModel;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.funnellab.ui.whatif.tools.ScenarioSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The optimiser's "Apply as scenario" and its sales hours from the team, without a toolkit, saving into a real
 * workspace file through the Scenarios screen's view model (workspace work on the calling thread).
 */
class OptimiseViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");
    private final Formats formats = new Formats(EN, "RUB");

    @TempDir
    Path dir;
    private Path file;
    private WorkspaceViewModel workspace;
    private ScenariosViewModel scenarios;
    private final List<ScenarioSink.Generated> sent = new ArrayList<>();
    /** As the application saves a tool's scenario: the current filters, the tool's panel set to its values. */
    private ScenarioSink sink;
    private BudgetPlannerViewModel planner;

    @BeforeEach
    void open() {
        file = dir.resolve("ws.sqlite");
        try (Workspace w = Workspace.open(file)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 600, 7);
        }
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FiltersViewModel());
        workspace.open(file);
        ScenariosViewModel.Workbench bench = new ScenariosViewModel.Workbench() {
            @Override
            public Scenario capture(String name, String note) {
                return Scenario.of(name, note, workspace.filters().openEnded(), Map.of());
            }

            @Override
            public void apply(Scenario s) {
            }
        };
        scenarios = new ScenariosViewModel(workspace, executor, bench, new WorkingState(),
                new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS), new I18n(EN), formats);
        sink = list -> {
            sent.addAll(list);
            List<Scenario> out = new ArrayList<>();
            for (ScenarioSink.Generated g : list) {
                out.add(Scenario.of(g.name(), g.note(), workspace.filters().openEnded(),
                        Map.of(g.panel(), g.values())));
            }
            scenarios.saveAll(out);
        };
        List<ChannelBaseline> channels = ResponseCurvesViewTest.channels();
        planner = new BudgetPlannerViewModel(channels,
                new ResponseCurvesViewModel(ResponseCurvesViewTest.curves(channels)).plannedCurves(), 15, 400_000,
                formats);
    }

    private Scenario stored(String name) {
        try (Workspace w = Workspace.open(file)) {
            return new ScenarioService(w).get(name);
        }
    }

    @Test
    void applyAsScenarioSavesTheOptimalSpendsAndThePlannersOtherInputsInTheWorkspace() {
        planner.input(PlannerWithSettingsModel.MINUTES).setValue(20);
        OptimiseViewModel o = new OptimiseViewModel(planner, null, sink);
        assertThat(o.canSaveScenario()).isTrue();
        o.scenarioNameProperty().set("Best split");
        assertThat(o.saveAsScenario()).as("nothing optimised yet").isFalse();
        o.optimise();
        BudgetOptimizer.Result r = o.outcomeProperty().get().result();
        assertThat(o.saveAsScenario()).isTrue();

        Scenario s = stored("Best split");
        Map<String, Double> plan = s.overrides(BudgetPlannerModel.ID);
        double sum = 0;
        for (BudgetOptimizer.ChannelResult c : r.channels()) {
            Double v = plan.get(BudgetPlannerModel.SPEND_PREFIX + c.name());
            assertThat(v).as(c.name()).isEqualTo(Math.rint(c.optimal()));
            sum += v;
        }
        assertThat(sum).as("the budget, whole rubles").isCloseTo(1_000_000, within(2.0));
        assertThat(plan.get(PlannerWithSettingsModel.MINUTES)).as("the user's other inputs kept").isEqualTo(20);
        assertThat(s.filters()).isEqualTo(workspace.filters().openEnded());
        assertThat(o.savedAsProperty().get()).isEqualTo("Best split");
        assertThat(scenarios.names()).contains("Best split");
        assertThat(planner.spend(0).value()).as("the sliders stay where they were").isEqualTo(400_000);
        assertThat(planner.history().canUndoProperty().get()).isTrue(); // only the minutes move is in the history
        planner.history().undo();
        assertThat(planner.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aBlankNameIsRefusedAndNothingIsSaved() {
        OptimiseViewModel o = new OptimiseViewModel(planner, null, sink);
        o.optimise();
        o.scenarioNameProperty().set("   ");
        assertThat(o.saveAsScenario()).isFalse();
        assertThat(o.errorProperty().get()).isEqualTo("optimise.error.name");
        assertThat(sent).isEmpty();
        try (Workspace w = Workspace.open(file)) {
            assertThat(new ScenarioService(w).list()).isEmpty();
        }
        assertThat(new OptimiseViewModel(planner).canSaveScenario()).as("no sink: not offered").isFalse();
    }

    @Test
    void theSalesHoursStartFromTheTeam() {
        // 2 managers × 160 h = 320 h (the built-in team)
        OptimiseViewModel o = new OptimiseViewModel(planner, ScenarioEvaluator.DEFAULT_ASSUMPTIONS, null);
        assertThat(o.capacityProperty().get()).isEqualTo(formats.editText(Unit.HOURS, 320));
        assertThat(o.team()).isSameAs(ScenarioEvaluator.DEFAULT_ASSUMPTIONS);
        assertThat(new OptimiseViewModel(planner).capacityProperty().get()).as("no team: no limit").isEmpty();
        NonTargetCostModel.Inputs none = new NonTargetCostModel.Inputs(1000, 0.5, 15, 0, 100_000, 160, 1, 0, 0, 0);
        assertThat(new OptimiseViewModel(planner, none, null).capacityProperty().get()).as("no managers").isEmpty();
        assertThat(new OptimiseViewModel(planner, none, null).team()).isNull();
        // 3 managers × 150 h = 450 h
        assertThat(OptimiseViewModel.teamHours(
                new NonTargetCostModel.Inputs(1000, 0.5, 15, 3, 100_000, 150, 1, 0, 0, 0))).isEqualTo(450);

        // Today's leads need ≈ 108 h at 15 min a call: 320 h do not bind; one manager with 100 h does (leads grow
        // slower than spend, so at their −30 % bounds the channels need more than 70 % of 108 h, yet under 100 h).
        o.optimise();
        assertThat(o.outcomeProperty().get().result().capacityBinds()).isFalse();
        NonTargetCostModel.Inputs small = new NonTargetCostModel.Inputs(1000, 0.5, 15, 1, 100_000, 100, 1, 0, 0, 0);
        OptimiseViewModel tight = new OptimiseViewModel(planner, small, null);
        assertThat(tight.capacityProperty().get()).isEqualTo(formats.editText(Unit.HOURS, 100));
        tight.optimise();
        assertThat(tight.outcomeProperty().get().result().capacityBinds()).isTrue();
        assertThat(tight.outcomeProperty().get().result().capacityHours()).isCloseTo(100, within(1e-6));
        assertThat(tight.outcomeProperty().get().result().hours()).isLessThanOrEqualTo(100 + 1e-6);
        assertThat(tight.outcomeProperty().get().result().currentHours()).isGreaterThan(100);
    }

    @Test
    void theUnboundedPreviewIsTheOptimumWithoutBoundsBesideTheBoundedOne() {
        OptimiseViewModel o = new OptimiseViewModel(planner);
        o.optimise();
        OptimiseViewModel.Outcome bounded = o.outcomeProperty().get();
        double withBounds = bounded.after().total().customers().value();
        double preview = bounded.unbounded().total().customers().value();
        assertThat(preview).as("more freedom, no fewer customers").isGreaterThanOrEqualTo(withBounds - 1e-9);
        assertThat(preview).as("the ±30 % bound binds here").isGreaterThan(withBounds + 1e-6);
        o.boundsProperty().set("");
        o.optimise();
        OptimiseViewModel.Outcome free = o.outcomeProperty().get();
        assertThat(free.unbounded()).as("already unbounded: no preview").isNull();
        assertThat(free.after().total().customers().value()).isCloseTo(preview, within(1e-9));
        assertThat(free.after().total().spend()).isCloseTo(bounded.after().total().spend(), within(1e-6));
    }

    @Test
    void aTargetCacGivesTheMostCustomersAtThatCacOrSaysWhatIsReachable() {
        OptimiseViewModel o = new OptimiseViewModel(planner);
        o.objectiveProperty().set(org.funnellab.calc.PlannerObjective.REVENUE);
        o.optimise();
        double plainCac = o.outcomeProperty().get().after().total().cac().value();

        // a target a little above the lowest reachable CAC: met, and the objective becomes customers
        o.targetCacProperty().set("1");
        o.optimise();
        assertThat(o.errorProperty().get()).isEqualTo("optimise.error.targetCacUnreachable");
        assertThat(o.outcomeProperty().get()).as("nothing to apply").isNull();
        assertThat(planner.optimalSpendsProperty().get()).isNull();
        double lowest = o.lowestCacProperty().get().value();
        assertThat(lowest).isGreaterThan(1);
        assertThat(o.objectiveProperty().get()).isEqualTo(org.funnellab.calc.PlannerObjective.CUSTOMERS);

        double target = Math.rint(lowest * 1.05);
        o.targetCacProperty().set(formats.editText(Unit.MONEY, target));
        o.optimise();
        assertThat(o.errorProperty().get()).isNull();
        OptimiseViewModel.Outcome met = o.outcomeProperty().get();
        double spent = met.result().spent();
        double customers = met.result().value();
        assertThat(spent / customers).as("the split's blended CAC").isLessThanOrEqualTo(target * (1 + 1e-6));
        assertThat(spent).as("at most the budget").isLessThanOrEqualTo(
                formats.parseEdit(Unit.MONEY, o.budgetProperty().get()) + 1e-6);
        // the same split the calculation core finds for the same problem (as the command line asks it)
        BudgetOptimizer.Problem problem = org.funnellab.service.PlannerService.problem(planner.channels(),
                planner.planner().curves(), java.util.Arrays.copyOf(planner.currentValues(), planner.channels().size()),
                new org.funnellab.service.PlannerService.OptimiseRequest(org.funnellab.calc.PlannerObjective.CUSTOMERS,
                        formats.parseEdit(Unit.MONEY, o.budgetProperty().get()), 0.3, java.util.Set.of(), Map.of(),
                        Map.of(), Double.POSITIVE_INFINITY),
                planner.input(PlannerWithSettingsModel.MINUTES).value(),
                planner.input(PlannerWithSettingsModel.CLV).value());
        BudgetOptimizer.Result direct = BudgetOptimizer.bestAtTargetCac(problem, target).result().orElseThrow();
        assertThat(customers).isCloseTo(direct.value(), within(1e-9));
        // a looser target never brings fewer customers
        o.targetCacProperty().set(formats.editText(Unit.MONEY, Math.rint(Math.max(target, plainCac) * 2)));
        o.optimise();
        assertThat(o.outcomeProperty().get().result().value()).isGreaterThanOrEqualTo(customers - 1e-9);

        // a bad target changes nothing; an empty one is the plain optimisation again
        OptimiseViewModel.Outcome before = o.outcomeProperty().get();
        o.targetCacProperty().set("−5");
        o.optimise();
        assertThat(o.errorProperty().get()).isEqualTo("optimise.error.targetCac");
        assertThat(o.outcomeProperty().get()).isSameAs(before);
        o.targetCacProperty().set("");
        o.optimise();
        assertThat(o.errorProperty().get()).isNull();
        assertThat(o.lowestCacProperty().get()).isNull();
    }
}
