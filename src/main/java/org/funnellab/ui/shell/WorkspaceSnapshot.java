package org.funnellab.ui.shell;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;

import java.util.Map;

/**
 * What the panels need from the workspace for the current filters, read once per filter change (never per
 * slider tick): the facts of the whole selection and of each channel.
 */
public record WorkspaceSnapshot(Filters filters, FunnelFacts total, Map<String, FunnelFacts> byChannel) {
    public WorkspaceSnapshot {
        byChannel = Map.copyOf(byChannel);
    }
}
