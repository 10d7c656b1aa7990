package org.funnellab.ui.dashboard;

import org.funnellab.domain.Filters;
import org.funnellab.service.MetricSettings;
import org.funnellab.store.HistogramBucket;
import org.funnellab.store.LossReasonCount;
import org.funnellab.store.MonthlyPoint;
import org.funnellab.store.TargetSplit;

import java.util.List;

/**
 * Everything the dashboard shows for one selection, immutable: the view binds to a property holding the latest.
 *
 * @param settings    the workspace settings the figures were computed under
 * @param lossReasons the most frequent loss reasons (at most {@link DashboardViewModel#TOP_LOSS_REASONS})
 * @param hasCosts    true when costs apply to the selection and it holds some
 * @param negativeCycles won deals closed before they were created, left out of the cycle and velocity
 */
public record DashboardData(Filters filters, MetricSettings settings, List<Kpi> kpis, List<FunnelStep> funnel,
                            List<TargetSplit> targetByChannel, List<LossReasonCount> lossReasons,
                            List<MonthlyPoint> monthly, List<ChannelEconomics> channels,
                            List<HistogramBucket> cycleHistogram, boolean hasCosts, long negativeCycles) {
    public DashboardData {
        kpis = List.copyOf(kpis);
        funnel = List.copyOf(funnel);
        targetByChannel = List.copyOf(targetByChannel);
        lossReasons = List.copyOf(lossReasons);
        monthly = List.copyOf(monthly);
        channels = List.copyOf(channels);
        cycleHistogram = List.copyOf(cycleHistogram);
    }

    /** The KPI with {@code id}; the strip is empty before any workspace is read. */
    public Kpi kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No KPI " + id));
    }

    public boolean hasData() {
        return !funnel.isEmpty() && funnel.get(0).count() > 0;
    }
}
