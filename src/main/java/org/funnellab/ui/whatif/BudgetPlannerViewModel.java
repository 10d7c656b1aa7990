package org.funnellab.ui.whatif;

import org.funnellab.calc.PlannerWithSettingsModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.BudgetPlanner.ChannelPlan;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.Formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The budget planner panel: a spend input per channel, the diminishing-returns exponent and the two settings
 * (see {@link PlannerWithSettingsModel}), the full plan per channel and total, and a "total budget" mode.
 * <p>
 * Budget mode: the total is an input of its own and the channels split it by allocation shares (spend ÷ Σ spend,
 * so they always sum to 1). Moving the total rescales every channel and keeps the shares. Moving one channel keeps
 * the total: the difference is taken from (or given to) the other channels in proportion to their shares, and a
 * channel cannot exceed the total. Outside budget mode the total simply follows the sum of the channels.
 * A change that moves several channels recomputes the plan once. Undo: a channel move is one step (undoing it
 * re-derives the others' split); moves of the total are not undo steps — "reset to baseline" restores it.
 */
public final class BudgetPlannerViewModel extends WhatIfViewModel {
    /** Id of the total-budget input (not a model parameter). */
    public static final String TOTAL_BUDGET = "totalBudget";

    private final PlannerWithSettingsModel planner;
    private final int n;
    private final InputViewModel total;
    private final BooleanProperty budgetMode = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<BudgetPlanner.Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BudgetPlanner.Plan> baselinePlan = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper ltvHealthy =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper ltvUnhealthy =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private double[] shares;
    /** True while this class moves inputs itself, so their listeners do not react again. */
    private boolean adjusting;

    /**
     * A planner over measured channels (from {@code Baselines.channel}), starting linear (exponent 0).
     *
     * @param minutesPerCall minutes per qualification call (an assumption the user can move)
     * @param clvPerCustomer CLV of one customer (an assumption the user can move)
     */
    public BudgetPlannerViewModel(List<ChannelBaseline> channels, double minutesPerCall, double clvPerCustomer,
                                  Formats formats) {
        this(channels, minutesPerCall, clvPerCustomer, formats, new org.funnellab.service.PanelState());
    }

    /** A planner over a working state that outlives it (see {@link WhatIfViewModel}). */
    public BudgetPlannerViewModel(List<ChannelBaseline> channels, double minutesPerCall, double clvPerCustomer,
                                  Formats formats, org.funnellab.service.PanelState state) {
        this(new PlannerWithSettingsModel(channels, minutesPerCall, clvPerCustomer), minutesPerCall,
                clvPerCustomer, formats, state);
    }

    /**
     * A planner whose channels follow their own response curves (in channel order) instead of the one exponent.
     */
    public BudgetPlannerViewModel(List<ChannelBaseline> channels, List<org.funnellab.calc.ResponseCurve> curves,
                                  double minutesPerCall, double clvPerCustomer, Formats formats) {
        this(channels, curves, minutesPerCall, clvPerCustomer, formats, new org.funnellab.service.PanelState());
    }

    /** A planner with response curves over a working state that outlives it. */
    public BudgetPlannerViewModel(List<ChannelBaseline> channels, List<org.funnellab.calc.ResponseCurve> curves,
                                  double minutesPerCall, double clvPerCustomer, Formats formats,
                                  org.funnellab.service.PanelState state) {
        this(new PlannerWithSettingsModel(channels, curves, minutesPerCall, clvPerCustomer), minutesPerCall,
                clvPerCustomer, formats, state);
    }

    private BudgetPlannerViewModel(PlannerWithSettingsModel model, double minutes, double clv, Formats formats,
                                   org.funnellab.service.PanelState state) {
        super(model, baselineVector(model, minutes, clv), formats, state);
        this.planner = model;
        this.n = model.channelCount();
        double maxTotal = 0;
        for (int i = 0; i < n; i++) {
            maxTotal += inputs().get(i).maxProperty().get();
        }
        this.total = new InputViewModel(new Parameter(TOTAL_BUDGET, Unit.MONEY, 0, maxTotal, false),
                sumOfSpends(baselineValues()), formats);
        this.shares = sharesOf(currentValues());
        for (int i = 0; i < n; i++) {
            int index = i;
            inputs().get(i).valueProperty().addListener((obs, o, v) -> spendMoved(index, v.doubleValue()));
        }
        for (int i = n; i < inputs().size(); i++) {
            inputs().get(i).valueProperty().addListener((obs, o, v) -> {
                if (!adjusting) {
                    refreshPlan();
                }
            });
        }
        total.valueProperty().addListener((obs, o, v) -> totalMoved(v.doubleValue()));
        budgetMode.addListener((obs, o, on) -> {
            syncTotal();
            shares = sharesOf(currentValues());
        });
        baselinePlan.set(planner.plan(baselineValues()));
        syncTotal();
        refreshPlan();
    }

    @Override
    public void applyState() {
        adjusting = true;
        try {
            super.applyState();
        } finally {
            adjusting = false;
        }
        syncTotal();
        shares = sharesOf(currentValues());
        refreshPlan();
    }

    private static double[] baselineVector(PlannerWithSettingsModel model, double minutes, double clv) {
        int n = model.channelCount();
        double[] v = new double[n + 3];
        for (int i = 0; i < n; i++) {
            v[i] = model.channels().get(i).spend();
        }
        v[n + 1] = minutes;
        v[n + 2] = clv;
        return v;
    }

    /** Six plausible channels of a B2B company, rubles per month. */
    public static List<ChannelBaseline> demoChannels() {
        return List.of(
                new ChannelBaseline("Яндекс Директ", 450_000, 3_000, 0.45, 0.030, 180_000),
                new ChannelBaseline("VK Реклама", 250_000, 2_200, 0.60, 0.015, 120_000),
                new ChannelBaseline("SEO", 120_000, 1_000, 0.30, 0.040, 200_000),
                new ChannelBaseline("Партнёры", 150_000, 5_000, 0.20, 0.100, 350_000),
                new ChannelBaseline("Email", 40_000, 400, 0.25, 0.035, 150_000),
                new ChannelBaseline("Выставки", 300_000, 12_000, 0.70, 0.080, 500_000));
    }

    /** The demo channels, 15 minutes per call, CLV ₽400,000. */
    public static BudgetPlannerViewModel demo(Formats formats) {
        return new BudgetPlannerViewModel(demoChannels(), 15, 400_000, formats);
    }

    public PlannerWithSettingsModel planner() {
        return planner;
    }

    public List<ChannelBaseline> channels() {
        return planner.channels();
    }

    /** The spend input of channel {@code i} (in baseline order). */
    public InputViewModel spend(int i) {
        return inputs().get(i);
    }

    /** The total-budget input, used in budget mode. */
    public InputViewModel totalBudget() {
        return total;
    }

    public BooleanProperty budgetModeProperty() {
        return budgetMode;
    }

    /** Allocation share of channel {@code i}: its spend ÷ Σ spend (equal shares while every spend is 0). */
    public double share(int i) {
        return shares[i];
    }

    /** The scenario's plan, per channel and total; replaced (never mutated) on every change. */
    public ReadOnlyObjectProperty<BudgetPlanner.Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BudgetPlanner.Plan> baselinePlanProperty() {
        return baselinePlan.getReadOnlyProperty();
    }

    /** Table rows: each channel in baseline order, then the total. */
    public List<ChannelPlan> rows() {
        List<ChannelPlan> rows = new ArrayList<>(plan.get().channels());
        rows.add(plan.get().total());
        return rows;
    }

    /** Spend per channel, baseline or scenario, for the chart. */
    public Double[] spendValues(boolean baseline) {
        return (baseline ? baselinePlan : plan).get().channels().stream().map(c -> (Double) c.spend())
                .toArray(Double[]::new);
    }

    /** Customers per channel, baseline or scenario; null where undefined (no bar). */
    public Double[] customerValues(boolean baseline) {
        return (baseline ? baselinePlan : plan).get().channels().stream().map(c -> valueOrNull(c.customers()))
                .toArray(Double[]::new);
    }

    private static Double valueOrNull(MetricValue v) {
        return v.isDefined() ? v.value() : null;
    }

    @Override
    public void resetToBaseline() {
        adjusting = true;
        try {
            super.resetToBaseline();
            total.setBaseline(sumOfSpends(baselineValues()));
            total.reset();
        } finally {
            adjusting = false;
        }
        shares = sharesOf(currentValues());
        refreshPlan();
    }

    @Override
    public void setBaseline(double[] baseline) {
        adjusting = true;
        try {
            super.setBaseline(baseline);
            total.setBaseline(sumOfSpends(baseline));
        } finally {
            adjusting = false;
        }
        syncTotal();
        shares = sharesOf(currentValues());
        baselinePlan.set(planner.plan(baselineValues()));
        refreshPlan();
    }

    private void spendMoved(int i, double value) {
        if (adjusting) {
            return;
        }
        if (budgetMode.get()) {
            rebalanceAround(i, value);
        } else {
            syncTotal();
            shares = sharesOf(currentValues());
        }
        refreshPlan();
    }

    /** Keeps the total: the others share what channel i leaves, in proportion to their current shares. */
    private void rebalanceAround(int i, double value) {
        double budget = total.value();
        double x = Math.min(value, budget);
        double othersShare = 0;
        for (int j = 0; j < n; j++) {
            othersShare += j == i ? 0 : shares[j];
        }
        adjusting = true;
        try {
            if (x != value || n == 1) {
                spend(i).setValue(n == 1 ? budget : x);
            }
            double rest = budget - spend(i).value();
            double[] others = new double[n];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    others[j] = othersShare > 0 ? rest * shares[j] / othersShare : rest / (n - 1);
                }
            }
            double[] split = wholeRubles(others, rest, i);
            // Only the moved channel is an undo step: undoing it re-derives the others by the same rule.
            history().whileNotRecording(() -> {
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        spend(j).setValue(split[j]);
                    }
                }
            });
        } finally {
            adjusting = false;
        }
        shares = sharesOf(currentValues());
    }

    private void totalMoved(double budget) {
        if (adjusting) {
            return;
        }
        double[] spends = wholeRubles(BudgetPlanner.spendsFromBudget(budget, shares), budget, -1);
        adjusting = true;
        try {
            // The total is not an undo step (it is not a model input); its split would be six unrelated ones.
            history().whileNotRecording(() -> {
                for (int i = 0; i < n; i++) {
                    spend(i).setValue(spends[i]);
                }
            });
        } finally {
            adjusting = false;
        }
        refreshPlan();
    }

    /**
     * Rounds split spends to whole currency units — a planned budget in kopecks reads as noise — and gives the
     * rounding remainder to the largest one, so they still sum to {@code sum}. Input {@code skip} is left out.
     * Amounts too small to round safely are kept as they are.
     */
    private double[] wholeRubles(double[] spends, double sum, int skip) {
        if (sum < 10 * n) {
            return spends;
        }
        double[] out = new double[spends.length];
        double rounded = 0;
        int largest = -1;
        for (int j = 0; j < spends.length; j++) {
            if (j == skip) {
                continue;
            }
            out[j] = Math.rint(spends[j]);
            rounded += out[j];
            if (largest < 0 || spends[j] > spends[largest]) {
                largest = j;
            }
        }
        if (largest >= 0) {
            out[largest] = Math.max(0, out[largest] + sum - rounded);
        }
        return out;
    }

    private void syncTotal() {
        adjusting = true;
        try {
            total.setValue(sumOfSpends(currentValues()));
        } finally {
            adjusting = false;
        }
    }

    private double sumOfSpends(double[] values) {
        double s = 0;
        for (int i = 0; i < planner.channelCount(); i++) {
            s += values[i];
        }
        return s;
    }

    /** Spend ÷ Σ spend; keeps the previous shares (or equal ones) when every spend is 0, so a total can regrow. */
    private double[] sharesOf(double[] values) {
        int count = planner.channelCount();
        double sum = sumOfSpends(values);
        if (sum <= 0) {
            if (shares != null) {
                return shares;
            }
            double[] equal = new double[count];
            Arrays.fill(equal, count == 0 ? 0 : 1.0 / count);
            return equal;
        }
        double[] s = new double[count];
        for (int i = 0; i < count; i++) {
            s[i] = values[i] / sum;
        }
        return s;
    }

    private void refreshPlan() {
        BudgetPlanner.Plan p = planner.plan(currentValues());
        MetricValue ltv = p.total().ltvToCac();
        ltvHealthy.set(org.funnellab.calc.UnitEconomics.isHealthy(ltv));
        ltvUnhealthy.set(ltv.isDefined() && !org.funnellab.calc.UnitEconomics.isHealthy(ltv));
        plan.set(p);
    }

    /** True when the total LTV:CAC is defined and at least 3:1. */
    public javafx.beans.property.ReadOnlyBooleanProperty ltvHealthyProperty() {
        return ltvHealthy.getReadOnlyProperty();
    }

    /** True when the total LTV:CAC is defined and below 3:1 (both flags are false when it is undefined). */
    public javafx.beans.property.ReadOnlyBooleanProperty ltvUnhealthyProperty() {
        return ltvUnhealthy.getReadOnlyProperty();
    }

    private final javafx.beans.property.ObjectProperty<double[]> optimalSpends =
            new javafx.beans.property.SimpleObjectProperty<>();

    /** The split the optimiser found last (channel order), or null: the curves view marks it. */
    public javafx.beans.property.ObjectProperty<double[]> optimalSpendsProperty() {
        return optimalSpends;
    }

    /** True when the channels follow fitted response curves (the exponent input is then not shown). */
    public boolean usesCurves() {
        return planner.curves() != null;
    }

    /**
     * Moves every channel to {@code spends} as the user would, one slider at a time: each move is an undo step of
     * its own (in per-channel mode; budget mode is switched back on afterwards with the new split's shares).
     */
    public void applySpends(double[] spends) {
        if (spends.length != n) {
            throw new IllegalArgumentException(n + " channels but " + spends.length + " spends");
        }
        boolean wasBudget = budgetMode.get();
        budgetMode.set(false);
        for (int i = 0; i < n; i++) {
            history().endStep();
            spend(i).setValue(spends[i]);
        }
        history().endStep();
        budgetMode.set(wasBudget);
    }

    /**
     * "Move X % from A to B": takes {@code share} of channel {@code from}'s spend (whole currency units) and adds
     * it to channel {@code to}; the total stays. One undo step. False, changing nothing, when the channels are the
     * same or out of range or the share is not within 0–100 %.
     */
    public boolean moveShare(int from, int to, double share) {
        if (from == to || from < 0 || to < 0 || from >= n || to >= n || !(share >= 0 && share <= 1)) {
            return false;
        }
        double a = spend(from).value();
        double amount = Math.min(a, Math.rint(a * share));
        double b = spend(to).value();
        boolean wasBudget = budgetMode.get();
        history().asOneStep(() -> {
            budgetMode.set(false);
            spend(from).setValue(a - amount);
            spend(to).setValue(b + amount);
            budgetMode.set(wasBudget);
        });
        return true;
    }

    @Override
    public NamedSettings namedSettings() {
        return NamedSettings.COSTS_AND_CLV;
    }
}
