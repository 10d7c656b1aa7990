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
 * per slider tick): the application service's {@link Metrics} of the selection, whose facts carry attributed costs.
 */
public record WorkspaceSnapshot(Metrics metrics) {
    public WorkspaceSnapshot {
        Objects.requireNonNull(metrics, "metrics");
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
