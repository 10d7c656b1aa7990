package org.funnellab.ui.shell;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.Metrics;
import org.funnellab.service.Selection;

import java.util.Map;
import java.util.Objects;

/**
 * What the screens need from the workspace for the current filters, read once per filter or settings change (never
 * per slider tick): the application service's {@link Metrics} of the selection, whose facts carry attributed costs,
 * and the budget planner's channels with their response curves fitted to the selection's months.
 */
public record WorkspaceSnapshot(Metrics metrics, java.util.List<org.funnellab.service.PlannerService.ChannelCurve> curves) {
    public WorkspaceSnapshot {
        Objects.requireNonNull(metrics, "metrics");
        curves = curves == null ? java.util.List.of() : java.util.List.copyOf(curves);
    }

    /** A snapshot without response curves (the planner then uses the one exponent). */
    public WorkspaceSnapshot(Metrics metrics) {
        this(metrics, null);
    }

    /** Reads the metrics and the planner's curves for {@code f}; call on the workspace's thread. */
    public static WorkspaceSnapshot read(org.funnellab.service.MetricsService service, Filters f) {
        Metrics m = service.metrics(f);
        return new WorkspaceSnapshot(m, new org.funnellab.service.PlannerService(service).fit(m.selection()));
    }

    public Selection selection() {
        return metrics.selection();
    }

    public Filters filters() {
        return selection().filters();
    }

    public MetricSettings settings() {
        return selection().settings();
    }

    /** Facts of the whole selection, with its costs. */
    public FunnelFacts total() {
        return selection().total();
    }

    /** Facts per channel ("" = leads without a channel), each with its attributed costs, sorted by name. */
    public Map<String, FunnelFacts> byChannel() {
        return selection().byChannel();
    }
}
