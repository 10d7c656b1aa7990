package org.funnellab.ui.dashboard;

import org.funnellab.domain.Filters;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.HistogramBucket;
import org.funnellab.store.LossReasonCount;
import org.funnellab.store.MonthlyPoint;
import org.funnellab.store.TargetSplit;

import java.util.List;

/** What the dashboard reads beyond the workspace snapshot, in one background task: aggregate queries only. */
record DashboardExtras(List<MonthlyPoint> monthly, List<TargetSplit> targetByChannel,
                       List<LossReasonCount> lossReasons, List<HistogramBucket> cycleHistogram) {
    static final DashboardExtras NONE = new DashboardExtras(List.of(), List.of(), List.of(), List.of());

    static DashboardExtras read(FunnelQueries q, Filters f) {
        return new DashboardExtras(q.monthly(f), q.targetByChannel(f), q.lossReasons(f), q.cycleDaysHistogram(f));
    }
}
