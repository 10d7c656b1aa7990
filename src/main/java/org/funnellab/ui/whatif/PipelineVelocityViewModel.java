package org.funnellab.ui.whatif;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.calc.PipelineVelocityModel.LeverUplift;
import org.funnellab.ui.common.Formats;

import java.util.List;

/**
 * The pipeline velocity panel: the {@link PipelineVelocityModel}'s inputs and outputs, and what improving each of
 * the four levers by a chosen step (default +10 %) would add, from the baseline and from the scenario.
 */
public final class PipelineVelocityViewModel extends WhatIfViewModel {
    /** Default lever step: +10 %. */
    public static final double DEFAULT_IMPROVEMENT = 0.10;
    /** The step's allowed range: 1 %..50 % (the model needs it below 100 %). */
    public static final double MIN_IMPROVEMENT = 0.01;
    public static final double MAX_IMPROVEMENT = 0.50;

    private final DoubleProperty improvement = new SimpleDoubleProperty(DEFAULT_IMPROVEMENT);
    private final ReadOnlyObjectWrapper<List<LeverUplift>> uplifts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<LeverUplift>> baselineUplifts = new ReadOnlyObjectWrapper<>();

    /** A panel starting at {@code baseline} (from {@code Baselines.pipelineVelocity}). */
    public PipelineVelocityViewModel(PipelineVelocityModel.Inputs baseline, Formats formats) {
        this(baseline, formats, new org.funnellab.service.PanelState());
    }

    /** A panel over a working state that outlives it (see {@link WhatIfViewModel}). */
    public PipelineVelocityViewModel(PipelineVelocityModel.Inputs baseline, Formats formats, org.funnellab.service.PanelState state) {
        super(new PipelineVelocityModel(baseline), baseline.toArray(), formats, state);
        outputsProperty().addListener((obs, o, n) -> refreshUplifts(false));
        baselineOutputsProperty().addListener((obs, o, n) -> refreshUplifts(true));
        improvement.addListener((obs, o, n) -> {
            double clamped = Math.max(MIN_IMPROVEMENT, Math.min(MAX_IMPROVEMENT, n.doubleValue()));
            if (clamped != n.doubleValue()) {
                improvement.set(clamped);
                return;
            }
            refreshUplifts(true);
            refreshUplifts(false);
        });
        refreshUplifts(true);
        refreshUplifts(false);
    }

    /** The example pipeline: 50 open opportunities × ₽200,000 × 25 % ÷ 60 days. */
    public static PipelineVelocityViewModel demo(Formats formats) {
        return new PipelineVelocityViewModel(PipelineVelocityModel.example(), formats);
    }

    /** New measured baseline (filters changed, data imported); inputs the user did not touch follow it. */
    public void setBaseline(PipelineVelocityModel.Inputs baseline) {
        setBaseline(baseline.toArray());
    }

    /** The lever step as a fraction (0.1 = +10 %), kept within [{@value #MIN_IMPROVEMENT}, {@value #MAX_IMPROVEMENT}]. */
    public DoubleProperty improvementProperty() {
        return improvement;
    }

    /** Uplift of each lever from the scenario's inputs, in {@link PipelineVelocityModel.Lever} order. */
    public ReadOnlyObjectProperty<List<LeverUplift>> upliftsProperty() {
        return uplifts.getReadOnlyProperty();
    }

    /** Uplift of each lever from the baseline's inputs. */
    public ReadOnlyObjectProperty<List<LeverUplift>> baselineUpliftsProperty() {
        return baselineUplifts.getReadOnlyProperty();
    }

    /** Extra revenue per month from each lever's step; null where undefined (no bar). */
    public Double[] upliftPerMonth(boolean baseline) {
        List<LeverUplift> list = baseline ? baselineUplifts.get() : uplifts.get();
        Double[] v = new Double[list.size()];
        for (int i = 0; i < v.length; i++) {
            var u = list.get(i).upliftPerDay();
            v[i] = u.isDefined() ? u.value() * FunnelMetrics.DAYS_PER_MONTH : null;
        }
        return v;
    }

    /** Revenue per month of the baseline and of the scenario; null where undefined. */
    public Double[] revenuePerMonth() {
        var b = baselineOutput("revenueMonth");
        var s = output("revenueMonth");
        return new Double[] {b.isDefined() ? b.value() : null, s.isDefined() ? s.value() : null};
    }

    public PipelineVelocityModel.Inputs currentInputs() {
        return PipelineVelocityModel.Inputs.fromArray(currentValues());
    }

    private void refreshUplifts(boolean baseline) {
        double[] in = baseline ? baselineValues() : currentValues();
        List<LeverUplift> list = PipelineVelocityModel.leverUplifts(PipelineVelocityModel.Inputs.fromArray(in),
                improvement.get());
        (baseline ? baselineUplifts : uplifts).set(list);
    }

    @Override
    public boolean usesSalesCycle() {
        return true;
    }
}
