package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link BudgetPlannerModel} with its two settings — minutes per qualification call and CLV per customer — as
 * inputs too (both assumptions), so the panel can move them like any slider and goal seek can reach them.
 * Inputs: the planner's (spend per channel, exponent), then minutes per call, then CLV per customer. Same id and
 * outputs as the planner; the formulas are {@link BudgetPlanner}'s.
 */
public final class PlannerWithSettingsModel implements WhatIfModel {
    public static final String MINUTES = "minutesPerCall";
    public static final String CLV = "clvPerCustomer";

    private final BudgetPlannerModel planner;
    private final List<Parameter> parameters;
    private final int channels;
    /** Each channel's response curve, or null: the exponent formula. */
    private final List<org.funnellab.calc.ResponseCurve> curves;

    public PlannerWithSettingsModel(List<BudgetPlanner.ChannelBaseline> channelBaselines, double minutesPerCall,
                                    double clvPerCustomer) {
        this(channelBaselines, null, minutesPerCall, clvPerCustomer);
    }

    /** With each channel's response curve (in channel order): the exponent input then has no effect. */
    public PlannerWithSettingsModel(List<BudgetPlanner.ChannelBaseline> channelBaselines,
                                    List<org.funnellab.calc.ResponseCurve> curves, double minutesPerCall,
                                    double clvPerCustomer) {
        this.curves = curves == null ? null : List.copyOf(curves);
        this.planner = new BudgetPlannerModel(channelBaselines, minutesPerCall, clvPerCustomer);
        this.channels = channelBaselines.size();
        List<Parameter> ps = new ArrayList<>(planner.parameters());
        ps.add(new Parameter(MINUTES, Unit.MINUTES, 0, Math.max(60, Math.ceil(minutesPerCall * 3)), true));
        ps.add(new Parameter(CLV, Unit.MONEY, 0, Math.max(1_000_000, Math.ceil(clvPerCustomer * 3)), true));
        this.parameters = List.copyOf(ps);
    }

    /** The channels' response curves, or null when the one exponent applies. */
    public List<org.funnellab.calc.ResponseCurve> curves() {
        return curves;
    }

    public List<BudgetPlanner.ChannelBaseline> channels() {
        return planner.channels();
    }

    /** Number of channels; inputs 0..n−1 are their spends, n the exponent, n+1 minutes, n+2 CLV. */
    public int channelCount() {
        return channels;
    }

    /** The full plan, per channel and total, for an input vector of this model. */
    public BudgetPlanner.Plan plan(double[] inputs) {
        double[] spends = new double[channels];
        System.arraycopy(inputs, 0, spends, 0, channels);
        return BudgetPlanner.plan(planner.channels(), curves, spends,
                new BudgetPlanner.Settings(inputs[channels], inputs[channels + 1], inputs[channels + 2]));
    }

    @Override
    public String id() {
        return planner.id();
    }

    @Override
    public String headlineOutput() {
        return planner.headlineOutput();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public List<OutputSpec> outputs() {
        return planner.outputs();
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        BudgetPlanner.ChannelPlan t = plan(inputs).total();
        return new MetricValue[] {MetricValue.of(t.spend()), t.leads(), t.targetLeads(), t.customers(), t.cac(),
                t.revenue(), t.wastedHours(), t.ltvToCac()};
    }
}
