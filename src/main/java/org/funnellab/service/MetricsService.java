package org.funnellab.service;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.ChannelCosts;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.MonthlyPoint;
import org.funnellab.store.Workspace;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The application service over one open workspace: the one sequence of queries behind every figure a user sees,
 * for the window and the command line alike. Reads the workspace's {@link MetricSettings}, reads the facts for a set
 * of filters, gives each slice its costs through {@link CostAttribution} and computes {@link Metrics}.
 *
 * <p>Not thread-safe: call it on the thread that owns the workspace's connection.
 */
public final class MetricsService {
    /** Win rate counts leads that reached this stage (the opportunity stage; SAL is an alias of SQL). */
    public static final Stage WIN_RATE_STAGE = Stage.SQL;

    private final Workspace workspace;

    public MetricsService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The settings stored in the workspace (defaults for those never set). */
    public MetricSettings settings() {
        return MetricSettings.read(workspace.settings());
    }

    /** Stores the settings in the workspace; every figure read afterwards follows them. */
    public void saveSettings(MetricSettings settings) {
        settings.write(workspace.settings());
    }

    /** The workspace's currency (ISO code). */
    public String currency() {
        return workspace.settings().currency();
    }

    /** The facts of the selection under the workspace's settings. */
    public Selection select(Filters f) {
        return select(f, settings());
    }

    /** The facts of the selection under {@code settings} (e.g. a command-line override). */
    public Selection select(Filters f, MetricSettings settings) {
        FunnelQueries q = workspace.queries();
        FunnelFacts total = q.facts(f, WIN_RATE_STAGE);
        Map<String, FunnelFacts> byChannel = new LinkedHashMap<>(q.factsByChannel(f, WIN_RATE_STAGE));
        Filters team = new Filters(f.from(), f.to(), Set.of(), Set.of(), f.owners());
        BigDecimal teamRevenue = BigDecimal.ZERO;
        for (MonthlyPoint p : q.monthly(team)) {
            teamRevenue = teamRevenue.add(p.wonRevenue());
        }
        long negativeCycles = q.negativeCycles(f);
        if (!f.owners().isEmpty()) {
            // Costs belong to no owner: the slices carry none, and a channel known only from its costs is not shown.
            Map<String, FunnelFacts> withLeads = new LinkedHashMap<>();
            byChannel.forEach((k, v) -> {
                if (v.leads() > 0 || v.won() > 0) {
                    withLeads.put(k, v.withCosts(Map.of()));
                }
            });
            return new Selection(f, settings, total.withCosts(Map.of()), withLeads,
                    UndefinedReason.COSTS_NOT_BY_OWNER, teamRevenue, negativeCycles);
        }
        ChannelCosts costs = q.costsByChannel(f);
        Map<String, Long> periodLeads = q.leadsByChannel(new Filters(f.from(), f.to(), Set.of(), f.campaigns(),
                Set.of()));
        CostAttribution attribution = new CostAttribution(costs.byChannel(), costs.shared(), periodLeads,
                settings.sharedCosts());
        byChannel.replaceAll((k, v) -> v.withCosts(attribution.channel(k)));
        return new Selection(f, settings, total.withCosts(attribution.selection(f.channels())), byChannel, null,
                teamRevenue, negativeCycles);
    }

    /** Every figure of the selection under the workspace's settings. */
    public Metrics metrics(Filters f) {
        return Metrics.of(select(f));
    }
}
