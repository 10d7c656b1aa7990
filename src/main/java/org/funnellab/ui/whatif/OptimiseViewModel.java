package org.funnellab.ui.whatif;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.PlannerWithSettingsModel;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.service.PlannerService;
import org.funnellab.ui.whatif.tools.ScenarioSink;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Optimise…" of the budget planner: the objective, budget (today's total unless changed), how far each channel may
 * move (±30 % unless changed, empty for no bound) and the sales team's hours (empty for no limit); {@link #optimise()}
 * finds the best split over the planner's curves and {@link #apply()} moves the planner's sliders to it (each
 * channel an undo step); {@link #saveAsScenario()} saves it as a named scenario (the planner's inputs with the
 * optimal spends, the current filters and the other panels' working state), through the application's scenario
 * saving on the workspace's thread. The sales team's hours start from the team: managers × working hours per month
 * (the non-target panel's assumptions, as the user remembered them). The explanation — marginal CAC per channel, binding constraints, what a unit of budget and
 * an hour are worth — is the {@link BudgetOptimizer.Result} with the plan before and after.
 */
public final class OptimiseViewModel {
    /**
     * What the last optimisation found, with the planner's totals before and after; {@code unbounded} is the same
     * optimisation with no per-channel bound (a preview beside it; null when the bounds were already empty).
     */
    public record Outcome(BudgetOptimizer.Result result, BudgetPlanner.Plan before, BudgetPlanner.Plan after,
                          BudgetPlanner.Plan unbounded) {
    }

    private final BudgetPlannerViewModel planner;
    private final ObjectProperty<PlannerObjective> objective = new SimpleObjectProperty<>(PlannerObjective.CUSTOMERS);
    private final StringProperty budget = new SimpleStringProperty();
    private final StringProperty bounds = new SimpleStringProperty();
    private final StringProperty capacity = new SimpleStringProperty("");
    private final StringProperty targetCac = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<MetricValue> lowestCac = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final StringProperty scenarioName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> savedAs = new ReadOnlyObjectWrapper<>();
    private final NonTargetCostModel.Inputs team;
    private final ScenarioSink scenarios;

    /** Without the team (the hours start empty: no limit) and without saving scenarios. */
    public OptimiseViewModel(BudgetPlannerViewModel planner) {
        this(planner, null, null);
    }

    /**
     * @param team      the sales team (managers, working hours per month) the hours start from; null: no limit
     * @param scenarios where "Apply as scenario" saves; null: not offered
     */
    public OptimiseViewModel(BudgetPlannerViewModel planner, NonTargetCostModel.Inputs team, ScenarioSink scenarios) {
        if (!planner.usesCurves()) {
            throw new IllegalArgumentException("the optimiser needs the channels' response curves");
        }
        this.planner = planner;
        double[] v = planner.currentValues();
        double total = 0;
        for (int i = 0; i < planner.channels().size(); i++) {
            total += v[i];
        }
        budget.set(planner.formats().editText(Unit.MONEY, Math.rint(total)));
        bounds.set(planner.formats().editText(Unit.SHARE, 0.3));
        this.scenarios = scenarios;
        // a target CAC asks for the most customers: typing one sets the objective
        targetCac.addListener((obs, o, n) -> {
            if (n != null && !n.isBlank()) {
                objective.set(PlannerObjective.CUSTOMERS);
            }
        });
        this.team = team != null && teamHours(team) > 0 ? team : null;
        if (this.team != null) {
            capacity.set(planner.formats().editText(Unit.HOURS, Math.rint(teamHours(this.team))));
        }
    }

    /** The team's hours of first qualification per month: managers × working hours per month (all of it available). */
    public static double teamHours(NonTargetCostModel.Inputs team) {
        double h = team.managers() * team.workingHoursPerMonth();
        return Double.isFinite(h) && h > 0 ? h : 0;
    }

    public BudgetPlannerViewModel planner() {
        return planner;
    }

    /** The team the sales hours started from, or null when they start empty (no limit). */
    public NonTargetCostModel.Inputs team() {
        return team;
    }

    /** Whether "Apply as scenario" is offered. */
    public boolean canSaveScenario() {
        return scenarios != null;
    }

    /** The name "Apply as scenario" saves under (a scenario of that name is replaced). */
    public StringProperty scenarioNameProperty() {
        return scenarioName;
    }

    /** The name the optimal split was last saved under, or null. */
    public ReadOnlyObjectProperty<String> savedAsProperty() {
        return savedAs.getReadOnlyProperty();
    }

    /**
     * Saves the optimal split (whole currency units) as a scenario named {@link #scenarioNameProperty()}: the
     * planner's other inputs as they are now. False (with {@link #errorProperty()} set) when there is nothing to save
     * or no name; the planner's sliders do not move.
     */
    public boolean saveAsScenario() {
        Outcome o = outcome.get();
        if (o == null || scenarios == null) {
            return false;
        }
        String name = scenarioName.get() == null ? "" : scenarioName.get().strip();
        if (name.isEmpty()) {
            error.set("optimise.error.name");
            return false;
        }
        error.set(null);
        double[] values = planner.currentValues();
        double[] s = o.result().spends();
        for (int i = 0; i < s.length; i++) {
            values[i] = Math.rint(s[i]);
        }
        Map<String, Double> byId = new java.util.LinkedHashMap<>();
        List<org.funnellab.calc.Parameter> ps = planner.model().parameters();
        for (int i = 0; i < ps.size(); i++) {
            byId.put(ps.get(i).id(), values[i]);
        }
        scenarios.save(List.of(new ScenarioSink.Generated(name, "", org.funnellab.calc.BudgetPlannerModel.ID, byId)));
        savedAs.set(name);
        return true;
    }

    public ObjectProperty<PlannerObjective> objectiveProperty() {
        return objective;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    /** ± share each channel may move, as typed (a percentage); empty for no bound. */
    public StringProperty boundsProperty() {
        return bounds;
    }

    /** Hours of first qualification per month, as typed; empty for no limit. */
    public StringProperty capacityProperty() {
        return capacity;
    }

    /**
     * A target blended CAC, as typed; empty for none. With one, the split is the most customers whose spend ÷
     * customers is at most the target, spending at most the budget (the objective is customers).
     */
    public StringProperty targetCacProperty() {
        return targetCac;
    }

    /**
     * With a target CAC: the lowest blended CAC any budget up to the typed one reaches within the bounds and the
     * hours (undefined when no budget brings a customer); null without a target or before {@link #optimise()}.
     */
    public ReadOnlyObjectProperty<MetricValue> lowestCacProperty() {
        return lowestCac.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The i18n key of what is wrong with the typed values, or null. */
    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Finds the best split for the typed values; on a bad value sets {@link #errorProperty()} and changes nothing. */
    public void optimise() {
        Double b = planner.formats().parseEdit(Unit.MONEY, budget.get());
        if (b == null || b < 0) {
            error.set("optimise.error.budget");
            return;
        }
        double share = Double.POSITIVE_INFINITY;
        if (bounds.get() != null && !bounds.get().isBlank()) {
            Double s = planner.formats().parseEdit(Unit.SHARE, bounds.get());
            if (s == null || s < 0) {
                error.set("optimise.error.bounds");
                return;
            }
            share = s;
        }
        double hours = Double.POSITIVE_INFINITY;
        if (capacity.get() != null && !capacity.get().isBlank()) {
            Double h = planner.formats().parseEdit(Unit.HOURS, capacity.get());
            if (h == null || h < 0) {
                error.set("optimise.error.capacity");
                return;
            }
            hours = h;
        }
        Double target = null;
        if (targetCac.get() != null && !targetCac.get().isBlank()) {
            target = planner.formats().parseEdit(Unit.MONEY, targetCac.get());
            if (target == null || !(target > 0) || target.isInfinite()) {
                error.set("optimise.error.targetCac");
                return;
            }
        }
        error.set(null);
        int n = planner.channels().size();
        double[] inputs = planner.currentValues();
        double[] spends = java.util.Arrays.copyOf(inputs, n);
        double minutes = planner.input(PlannerWithSettingsModel.MINUTES).value();
        double clv = planner.input(PlannerWithSettingsModel.CLV).value();
        List<ResponseCurve> curves = planner.planner().curves();
        BudgetOptimizer.Problem problem = PlannerService.problem(planner.channels(), curves, spends,
                new PlannerService.OptimiseRequest(objective.get(), b, share, Set.of(), Map.of(), Map.of(), hours),
                minutes, clv);
        BudgetOptimizer.Result r;
        if (target == null) {
            lowestCac.set(null);
            r = BudgetOptimizer.optimise(problem);
        } else {
            BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(problem, target);
            lowestCac.set(t.lowestCac());
            if (t.result().isEmpty()) {
                error.set("optimise.error.targetCacUnreachable");
                outcome.set(null);
                planner.optimalSpendsProperty().set(null);
                return;
            }
            r = t.result().get();
        }
        double[] after = inputs.clone();
        System.arraycopy(r.spends(), 0, after, 0, n);
        BudgetPlanner.Plan free = null;
        if (Double.isFinite(share)) {
            BudgetOptimizer.Problem loose = PlannerService.problem(planner.channels(), curves, spends,
                    new PlannerService.OptimiseRequest(objective.get(), b, Double.POSITIVE_INFINITY, Set.of(),
                            Map.of(), Map.of(), hours), minutes, clv);
            java.util.Optional<BudgetOptimizer.Result> u = target == null
                    ? java.util.Optional.of(BudgetOptimizer.optimise(loose))
                    : BudgetOptimizer.bestAtTargetCac(loose, target).result();
            if (u.isPresent()) {
                double[] unbounded = inputs.clone();
                System.arraycopy(u.get().spends(), 0, unbounded, 0, n);
                free = planner.planner().plan(unbounded);
            }
        }
        outcome.set(new Outcome(r, planner.planner().plan(inputs), planner.planner().plan(after), free));
        planner.optimalSpendsProperty().set(r.spends());
    }

    /** Moves the planner's sliders to the optimal split (whole currency units); nothing when not optimised yet. */
    public void apply() {
        Outcome o = outcome.get();
        if (o == null) {
            return;
        }
        double[] s = o.result().spends();
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.rint(s[i]);
        }
        planner.applySpends(s);
    }
}
