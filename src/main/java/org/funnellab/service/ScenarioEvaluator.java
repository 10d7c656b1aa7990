package org.funnellab.service;

import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.calc.PlannerWithSettingsModel;
import org.funnellab.calc.WhatIfModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a scenario's panels with no screen open: each panel's baseline from {@link PanelBaselines} for the
 * scenario's selection, the scenario's overrides on top, through the panel's model. The window builds its panels
 * from the same baselines, so a scenario reads the same here, on screen and on the command line.
 *
 * <p>Assumptions (inputs not in the data: minutes per call, salaries...) start from built-in defaults, or from the
 * values the user remembered in the window ({@link Assumptions}); a scenario stores every assumption it changes.
 */
public final class ScenarioEvaluator {
    /** The four panels, in the order they are shown. */
    public static final List<String> PANELS = List.of(NonTargetCostModel.ID, CacClvModel.ID,
            PipelineVelocityModel.ID, BudgetPlannerModel.ID);

    /** Assumption values the user remembered, by {@code panel.parameter}; null when none. */
    @FunctionalInterface
    public interface Assumptions {
        Assumptions DEFAULTS = key -> null;

        Double remembered(String key);
    }

    /** The team of the lead-qualification article: the assumptions before the user sets their own. */
    public static final NonTargetCostModel.Inputs DEFAULT_ASSUMPTIONS = NonTargetCostModel.Inputs.articleExample();

    /** A panel's model and its baseline inputs for one selection. */
    public record PanelBase(WhatIfModel model, double[] baseline) {
    }

    /**
     * The budget planner's response curves for a selection ({@link PlannerService#fit}), in the order of
     * {@link PanelBaselines#plannerChannels}: a scenario's planner then follows the same curves as the window's.
     */
    @FunctionalInterface
    public interface CurveSource {
        CurveSource NONE = s -> List.of();

        List<PlannerService.ChannelCurve> curves(Selection s);
    }

    private final Assumptions assumptions;
    private final CurveSource curves;

    public ScenarioEvaluator(Assumptions assumptions) {
        this(assumptions, CurveSource.NONE);
    }

    public ScenarioEvaluator(Assumptions assumptions, CurveSource curves) {
        this.assumptions = assumptions;
        this.curves = curves;
    }

    /** The same evaluator, its planner following the curves {@code source} fits (e.g. over one workspace). */
    public ScenarioEvaluator withCurves(CurveSource source) {
        return new ScenarioEvaluator(assumptions, source);
    }

    /** The baseline of a panel for a selection (null: no data read yet, the example values). */
    public PanelBase base(String panel, Selection s) {
        switch (panel) {
            case NonTargetCostModel.ID -> {
                NonTargetCostModel.Inputs a = nonTargetAssumptions();
                NonTargetCostModel.Inputs in = s == null ? a : PanelBaselines.nonTargetCost(s, a).inputs();
                return new PanelBase(new NonTargetCostModel(in), in.toArray());
            }
            case CacClvModel.ID -> {
                CacClvModel.Inputs in = s == null ? CacClvModel.example() : PanelBaselines.cacClv(s).inputs();
                return new PanelBase(new CacClvModel(in), in.toArray());
            }
            case PipelineVelocityModel.ID -> {
                PipelineVelocityModel.Inputs fallback = PipelineVelocityModel.example();
                PipelineVelocityModel.Inputs in = s == null ? fallback
                        : PanelBaselines.pipelineVelocity(s, fallback).inputs();
                return new PanelBase(new PipelineVelocityModel(in), in.toArray());
            }
            case BudgetPlannerModel.ID -> {
                List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
                if (s != null) {
                    PanelBaselines.plannerChannels(s).forEach(b -> channels.add(b.inputs()));
                }
                double minutes = remembered(BudgetPlannerModel.ID + "." + PlannerWithSettingsModel.MINUTES,
                        DEFAULT_ASSUMPTIONS.minutesPerCall());
                double clv = s == null ? 0 : PanelBaselines.clvPerCustomer(s).orElse(0);
                List<PlannerService.ChannelCurve> fitted = s == null || channels.isEmpty() ? List.of() : curves.curves(s);
                return plannerBase(channels, fitted.size() == channels.size()
                        ? PlannerService.plannedCurves(fitted) : null, minutes, clv);
            }
            default -> throw new IllegalArgumentException("No panel " + panel);
        }
    }

    /** The planner over given channels: each at its measured spend, linear returns (exponent 0). */
    public static PanelBase plannerBase(List<BudgetPlanner.ChannelBaseline> channels, double minutes, double clv) {
        return plannerBase(channels, null, minutes, clv);
    }

    /** As above, each channel following its response curve ({@code curves} in channel order; null: none). */
    public static PanelBase plannerBase(List<BudgetPlanner.ChannelBaseline> channels,
                                        List<org.funnellab.calc.ResponseCurve> curves, double minutes, double clv) {
        PlannerWithSettingsModel m = curves == null ? new PlannerWithSettingsModel(channels, minutes, clv)
                : new PlannerWithSettingsModel(channels, curves, minutes, clv);
        double[] v = new double[channels.size() + 3];
        for (int i = 0; i < channels.size(); i++) {
            v[i] = channels.get(i).spend();
        }
        v[channels.size() + 1] = minutes;
        v[channels.size() + 2] = clv;
        return new PanelBase(m, v);
    }

    /** The non-target panel's team: the defaults, each assumption replaced by the user's remembered value. */
    public NonTargetCostModel.Inputs nonTargetAssumptions() {
        double[] v = DEFAULT_ASSUMPTIONS.toArray();
        List<Parameter> ps = new NonTargetCostModel().parameters();
        for (int i = 0; i < v.length; i++) {
            if (ps.get(i).assumption()) {
                v[i] = remembered(NonTargetCostModel.ID + "." + ps.get(i).id(), v[i]);
            }
        }
        return NonTargetCostModel.Inputs.fromArray(v);
    }

    private double remembered(String key, double fallback) {
        Double v = assumptions.remembered(key);
        return v == null ? fallback : v;
    }

    /** One panel with {@code overrides} (parameter id → value) over its baseline for the selection. */
    public PanelEvaluation evaluate(String panel, Selection s, Map<String, Double> overrides) {
        return evaluate(panel, base(panel, s), overrides);
    }

    public static PanelEvaluation evaluate(String panel, PanelBase base, Map<String, Double> overrides) {
        WhatIfModel m = base.model();
        double[] values = base.baseline().clone();
        boolean[] overridden = new boolean[values.length];
        Map<String, Double> missing = new LinkedHashMap<>();
        overrides.forEach((id, v) -> {
            int i = indexOf(m, id);
            if (i < 0) {
                missing.put(id, v);
            } else {
                values[i] = v;
                overridden[i] = differs(v, base.baseline()[i]);
            }
        });
        return new PanelEvaluation(panel, m, base.baseline(), values, overridden, Map.copyOf(missing),
                m.evaluate(base.baseline().clone()), m.evaluate(values.clone()));
    }

    /** Every panel of a scenario for its selection. */
    public Map<String, PanelEvaluation> evaluate(Scenario scenario, Selection s) {
        Map<String, PanelEvaluation> out = new LinkedHashMap<>();
        for (String p : PANELS) {
            out.put(p, evaluate(p, s, scenario.overrides(p)));
        }
        return out;
    }

    static int indexOf(WhatIfModel m, String id) {
        List<Parameter> ps = m.parameters();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether two input values differ beyond rounding (the panels' own rule for "changed"). */
    public static boolean differs(double a, double b) {
        return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b));
    }
}
