package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.ui.common.Formats;

import java.util.List;

/**
 * The CAC / CLV balance panel: the {@link CacClvModel}'s inputs and outputs, whether LTV:CAC and payback are on
 * the healthy side of their lines (3:1, under 12 months), and the measured per-channel CAC and CLV for the chart.
 * Health is three-valued: an undefined ratio is neither healthy nor unhealthy, so both flags are false.
 */
public final class CacClvViewModel extends WhatIfViewModel {
    private final ReadOnlyObjectWrapper<List<ChannelEconomics>> channels = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper ltvHealthy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ltvUnhealthy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paybackHealthy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paybackUnhealthy = new ReadOnlyBooleanWrapper();

    /** A panel starting at {@code baseline} (from {@code Baselines.cacClv}), with no channels yet. */
    public CacClvViewModel(CacClvModel.Inputs baseline, Formats formats) {
        this(baseline, formats, new org.funnellab.service.PanelState());
    }

    /** A panel over a working state that outlives it (see {@link WhatIfViewModel}). */
    public CacClvViewModel(CacClvModel.Inputs baseline, Formats formats, org.funnellab.service.PanelState state) {
        super(new CacClvModel(baseline), baseline.toArray(), formats, state);
        outputsProperty().addListener((obs, o, n) -> refreshHealth());
        refreshHealth();
    }

    /** The example business with six channels, for a first look and for tests. */
    public static CacClvViewModel demo(Formats formats) {
        CacClvViewModel vm = new CacClvViewModel(CacClvModel.example(), formats);
        vm.setChannels(demoChannels());
        return vm;
    }

    /** Six plausible channels: CAC and CLV in rubles; the trade-show channel won no customer yet. */
    public static List<ChannelEconomics> demoChannels() {
        return List.of(
                new ChannelEconomics("Яндекс Директ", MetricValue.of(48_000), MetricValue.of(160_000)),
                new ChannelEconomics("VK Реклама", MetricValue.of(61_000), MetricValue.of(120_000)),
                new ChannelEconomics("SEO", MetricValue.of(22_000), MetricValue.of(175_000)),
                new ChannelEconomics("Партнёры", MetricValue.of(35_000), MetricValue.of(240_000)),
                new ChannelEconomics("Email", MetricValue.of(9_000), MetricValue.of(150_000)),
                new ChannelEconomics("Выставки", MetricValue.undefined(UndefinedReason.NO_WON_LEADS),
                        MetricValue.of(300_000)));
    }

    /** New measured baseline (filters changed, data imported); inputs the user did not touch follow it. */
    public void setBaseline(CacClvModel.Inputs baseline) {
        setBaseline(baseline.toArray());
    }

    /** Replaces the measured per-channel economics shown in the chart (e.g. after filters change). */
    public void setChannels(List<ChannelEconomics> measured) {
        channels.set(List.copyOf(measured));
    }

    public ReadOnlyObjectProperty<List<ChannelEconomics>> channelsProperty() {
        return channels.getReadOnlyProperty();
    }

    /** Channels drawn as points (CAC and CLV both defined). */
    public List<ChannelEconomics> plottedChannels() {
        return channels.get().stream().filter(ChannelEconomics::plottable).toList();
    }

    /** Channels that cannot be drawn; the view lists them with their reason. */
    public List<ChannelEconomics> unplottedChannels() {
        return channels.get().stream().filter(c -> !c.plottable()).toList();
    }

    /** Why a channel cannot be drawn: CAC's reason first, else CLV's. */
    public static UndefinedReason unplottedReason(ChannelEconomics c) {
        return c.cac().isDefined() ? c.clv().reason() : c.cac().reason();
    }

    /** The blended point (CAC, CLV) of the scenario or of the baseline; null when CAC is undefined. */
    public double[] blendedPoint(boolean baseline) {
        MetricValue cac = baseline ? baselineOutput("cac") : output("cac");
        MetricValue clv = baseline ? baselineOutput("clv") : output("clv");
        return cac.isDefined() && clv.isDefined() ? new double[] {cac.value(), clv.value()} : null;
    }

    public CacClvModel.Inputs currentInputs() {
        return CacClvModel.Inputs.fromArray(currentValues());
    }

    public ReadOnlyBooleanProperty ltvHealthyProperty() {
        return ltvHealthy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ltvUnhealthyProperty() {
        return ltvUnhealthy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paybackHealthyProperty() {
        return paybackHealthy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paybackUnhealthyProperty() {
        return paybackUnhealthy.getReadOnlyProperty();
    }

    private void refreshHealth() {
        MetricValue ltv = output("ltvToCac");
        ltvHealthy.set(UnitEconomics.isHealthy(ltv));
        ltvUnhealthy.set(ltv.isDefined() && !UnitEconomics.isHealthy(ltv));
        MetricValue payback = output("paybackMonths");
        paybackHealthy.set(UnitEconomics.isHealthyPayback(payback));
        paybackUnhealthy.set(payback.isDefined() && !UnitEconomics.isHealthyPayback(payback));
    }

    @Override
    public NamedSettings namedSettings() {
        return NamedSettings.COSTS_AND_CLV;
    }
}
