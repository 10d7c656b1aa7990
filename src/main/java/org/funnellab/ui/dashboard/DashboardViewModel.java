package org.funnellab.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.Unit;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceSnapshot;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The funnel dashboard (SPEC §4) for the open workspace under the global filters. The workspace snapshot gives the
 * facts of the selection and of each channel; on every new snapshot this model reads the dashboard's other aggregates
 * (months, target split, loss reasons, cycle histogram, costs) in ONE background task and publishes an immutable
 * {@link DashboardData}. A result that arrives after a newer request started is dropped.
 *
 * <p>The executor must be the workspace's own (single-thread) executor: a workspace connection is not for
 * concurrent use.
 */
public final class DashboardViewModel {
    /** Loss reasons shown in the chart. */
    public static final int TOP_LOSS_REASONS = 8;
    /** Marketing's own costs, the default set counted in CAC (the app passes its visible setting). */
    public static final Set<CostCategory> DEFAULT_INCLUDED_COSTS = org.funnellab.calc.CostInclusion.MARKETING;

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final Formats formats;
    private final Set<CostCategory> included;
    private final Kpis kpis;
    private final BooleanProperty conversionOfFirst = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private WorkspaceSnapshot shownSnapshot;
    private DashboardExtras shownExtras = DashboardExtras.NONE;
    private long requestSeq;
    private final ChangeListener<WorkspaceSnapshot> onSnapshot = (obs, o, n) -> load(n);
    private final ChangeListener<Workspace> onWorkspace = (obs, o, n) -> load(workspaceSnapshot());

    public DashboardViewModel(WorkspaceViewModel workspace, TaskExecutor executor, Formats formats) {
        this(workspace, executor, formats, DEFAULT_INCLUDED_COSTS);
    }

    /** @param includedCosts the cost categories counted in CAC (the app's setting) */
    public DashboardViewModel(WorkspaceViewModel workspace, TaskExecutor executor, Formats formats,
                              Set<CostCategory> includedCosts) {
        this.workspace = workspace;
        this.executor = executor;
        this.formats = formats;
        this.included = Set.copyOf(includedCosts);
        this.kpis = new Kpis(formats);
        data.set(publish(null, DashboardExtras.NONE));
        // Weak: the workspace outlives screens rebuilt on a language or theme change; a dropped dashboard must not
        // keep querying on every filter change.
        workspace.snapshotProperty().addListener(new WeakChangeListener<>(onSnapshot));
        workspace.workspaceProperty().addListener(new WeakChangeListener<>(onWorkspace));
        conversionOfFirst.addListener((obs, o, n) -> data.set(publish(shownSnapshot, shownExtras)));
        load(workspace.snapshotProperty().get());
    }

    private WorkspaceSnapshot workspaceSnapshot() {
        return workspace.snapshotProperty().get();
    }

    private void load(WorkspaceSnapshot snapshot) {
        long seq = ++requestSeq;
        Workspace ws = workspace.workspaceProperty().get();
        if (snapshot == null || ws == null) {
            loading.set(false); // any request still running is stale now
            return;
        }
        Filters f = snapshot.filters();
        loading.set(true);
        BackgroundTask<DashboardExtras> task = BackgroundTask.of(ctx -> DashboardExtras.read(ws.queries(), f));
        task.onSuccess(extras -> {
            if (seq == requestSeq) {
                shownSnapshot = snapshot;
                shownExtras = extras;
                error.set("");
                data.set(publish(snapshot, extras));
                loading.set(false);
            }
        }).onFailure(e -> {
            if (seq == requestSeq) {
                loading.set(false);
                error.set(org.funnellab.ui.common.UserMessages.of(e));
            }
        });
        executor.execute(task);
    }

    private DashboardData publish(WorkspaceSnapshot s, DashboardExtras x) {
        FunnelFacts total = s == null ? FunnelFacts.empty(1) : s.total();
        Map<String, FunnelFacts> byChannel = s == null ? Map.of() : s.byChannel();
        List<FunnelStep> funnel = new ArrayList<>();
        for (FunnelMetrics.StageConversion c : FunnelMetrics.stages(total)) {
            MetricValue shown = conversionOfFirst.get() ? c.ofFirst() : c.ofPrevious();
            String label = formats.format(c.count(), Unit.COUNT)
                    + (shown.isDefined() ? " · " + formats.format(shown, Unit.SHARE) : "");
            funnel.add(new FunnelStep(c.stage(), c.count(), c.ofPrevious(), c.ofFirst(), label));
        }
        List<org.funnellab.store.LossReasonCount> reasons = x.lossReasons().size() > TOP_LOSS_REASONS
                ? x.lossReasons().subList(0, TOP_LOSS_REASONS) : x.lossReasons();
        return new DashboardData(s == null ? Filters.ALL : s.filters(), kpis.of(total, included), funnel,
                x.targetByChannel(), reasons, x.monthly(), economics(byChannel, x), x.cycleHistogram());
    }

    private List<ChannelEconomics> economics(Map<String, FunnelFacts> byChannel, DashboardExtras x) {
        Map<String, FunnelFacts> sorted = new java.util.TreeMap<>(byChannel);
        Map<String, MetricValue> cac = UnitEconomics.cacByChannel(sorted, x.costs().sharedCosts(), included,
                UnitEconomics.SharedCostPolicy.ALLOCATE_BY_LEAD_SHARE);
        List<ChannelEconomics> out = new ArrayList<>();
        for (Map.Entry<String, FunnelFacts> e : sorted.entrySet()) {
            FunnelFacts f = e.getValue();
            MetricValue c = cac.get(e.getKey());
            MetricValue clv = FunnelMetrics.averageDealValue(f).map(ClvAssumptions::clv);
            MetricValue ratio = clv.isDefined() ? UnitEconomics.ltvToCac(clv.value(), c) : clv;
            out.add(new ChannelEconomics(e.getKey(), f.leads(), f.won(), c, clv, ratio));
        }
        return out;
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public DashboardData data() {
        return data.get();
    }

    /** False: conversions as % of the previous stage; true: as % of the first stage. */
    public BooleanProperty conversionOfFirstProperty() {
        return conversionOfFirst;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure's message, empty after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Formats formats() {
        return formats;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
