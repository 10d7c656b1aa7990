package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget planner as a {@link WhatIfModel}: one spend slider per channel (ids {@code spend.<channel name>},
 * labelled by the channel's own name, not translated) and the diminishing-returns exponent last; outputs are the
 * plan's totals (see {@link BudgetPlanner} for the formulas). Minutes per call and CLV per customer are fixed
 * settings of one model instance.
 */
public final class BudgetPlannerModel extends AbstractWhatIfModel {
    public static final String ID = "planner";
    /** Prefix of the spend parameter ids. */
    public static final String SPEND_PREFIX = "spend.";

    public static final List<OutputSpec> OUTPUTS = List.of(
            new OutputSpec("spend", Unit.MONEY),
            new OutputSpec("leads", Unit.COUNT),
            new OutputSpec("targetLeads", Unit.COUNT),
            new OutputSpec("customers", Unit.COUNT),
            new OutputSpec("cac", Unit.MONEY),
            new OutputSpec("revenue", Unit.MONEY),
            new OutputSpec("wastedHours", Unit.HOURS),
            new OutputSpec("ltvToCac", Unit.RATIO));

    private final List<BudgetPlanner.ChannelBaseline> channels;
    private final double minutesPerCall;
    private final double clvPerCustomer;
    private final List<ResponseCurve> curves;

    /**
     * With each channel's response curve (in channel order): leads follow the curve and the exponent input has no
     * effect (see {@link BudgetPlanner#plan(List, List, double[], BudgetPlanner.Settings)}).
     */
    public BudgetPlannerModel(List<BudgetPlanner.ChannelBaseline> channels, List<ResponseCurve> curves,
                              double minutesPerCall, double clvPerCustomer) {
        super(ID, OUTPUTS, spendParameters(channels));
        this.channels = List.copyOf(channels);
        this.curves = List.copyOf(curves);
        this.minutesPerCall = minutesPerCall;
        this.clvPerCustomer = clvPerCustomer;
    }

    /** Sliders range from 0 to three times each channel's baseline spend (at least 100,000); e from 0 to 1. */
    public BudgetPlannerModel(List<BudgetPlanner.ChannelBaseline> channels, double minutesPerCall,
                              double clvPerCustomer) {
        super(ID, OUTPUTS, spendParameters(channels));
        this.channels = List.copyOf(channels);
        this.curves = null;
        this.minutesPerCall = minutesPerCall;
        this.clvPerCustomer = clvPerCustomer;
    }

    private static List<Parameter> spendParameters(List<BudgetPlanner.ChannelBaseline> channels) {
        List<Parameter> ps = new ArrayList<>(channels.size() + 1);
        for (BudgetPlanner.ChannelBaseline c : channels) {
            ps.add(new Parameter(SPEND_PREFIX + c.name(), Unit.MONEY, 0, roomAbove(c.spend(), 100_000), false));
        }
        ps.add(new Parameter("exponent", Unit.EXPONENT, 0, 1, true));
        return ps;
    }

    public List<BudgetPlanner.ChannelBaseline> channels() {
        return channels;
    }

    /** The baseline input vector: every channel at its measured spend, exponent {@code e}. */
    public double[] baselineInputs(double exponent) {
        double[] v = new double[channels.size() + 1];
        for (int i = 0; i < channels.size(); i++) {
            v[i] = channels.get(i).spend();
        }
        v[channels.size()] = exponent;
        return v;
    }

    /** The full plan (per channel and total) for an input vector of this model. */
    public BudgetPlanner.Plan plan(double[] inputs) {
        int n = channels.size();
        double[] spends = new double[n];
        System.arraycopy(inputs, 0, spends, 0, n);
        return BudgetPlanner.plan(channels, curves, spends,
                new BudgetPlanner.Settings(inputs[n], minutesPerCall, clvPerCustomer));
    }




    @Override
    public String headlineOutput() {
        return "revenue";
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        BudgetPlanner.ChannelPlan t = plan(inputs).total();
        return new MetricValue[] {MetricValue.of(t.spend()), t.leads(), t.targetLeads(), t.customers(), t.cac(),
                t.revenue(), t.wastedHours(), t.ltvToCac()};
    }
}
