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
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.service.CacCostCategories;
import org.funnellab.service.Economics;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.Metrics;
import org.funnellab.service.Selection;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceSnapshot;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel dashboard for the open workspace under the global filters. The workspace snapshot gives the
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

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final Formats formats;
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
    private final WeakChangeListener<WorkspaceSnapshot> weakSnapshot = new WeakChangeListener<>(onSnapshot);
    private final WeakChangeListener<Workspace> weakWorkspace = new WeakChangeListener<>(onWorkspace);
    private final javafx.beans.property.ReadOnlyBooleanWrapper workspaceLoading =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ChangeListener<Boolean> onWorkspaceLoading = (obs, o, n) -> workspaceLoading.set(n);
    private final WeakChangeListener<Boolean> weakWorkspaceLoading = new WeakChangeListener<>(onWorkspaceLoading);

    public DashboardViewModel(WorkspaceViewModel workspace, TaskExecutor executor, Formats formats) {
        this.workspace = workspace;
        this.executor = executor;
        this.formats = formats;
        this.kpis = new Kpis(formats);
        data.set(publish(null, DashboardExtras.NONE));
        // Weak: the workspace outlives screens rebuilt on a language or theme change; a dropped dashboard must not
        // keep querying on every filter change.
        workspace.snapshotProperty().addListener(weakSnapshot);
        workspace.workspaceProperty().addListener(weakWorkspace);
        workspaceLoading.set(workspace.loadingProperty().get());
        workspace.loadingProperty().addListener(weakWorkspaceLoading);
        conversionOfFirst.addListener((obs, o, n) -> data.set(publish(shownSnapshot, shownExtras)));
        load(workspace.snapshotProperty().get());
    }

    /** Stops following the workspace at once (the screen was replaced), rather than when it is collected. */
    public void dispose() {
        workspace.snapshotProperty().removeListener(weakSnapshot);
        workspace.workspaceProperty().removeListener(weakWorkspace);
        workspace.loadingProperty().removeListener(weakWorkspaceLoading);
    }

    /** True once figures read from a workspace are shown (not the empty start). */
    public boolean showsFigures() {
        return shownSnapshot != null;
    }

    /** True while the workspace itself is opening or reading its figures (the dashboard has nothing of its own yet). */
    public javafx.beans.property.ReadOnlyBooleanProperty workspaceLoadingProperty() {
        return workspaceLoading.getReadOnlyProperty();
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
        List<FunnelStep> funnel = new ArrayList<>();
        for (FunnelMetrics.StageConversion c : FunnelMetrics.stages(total)) {
            MetricValue shown = conversionOfFirst.get() ? c.ofFirst() : c.ofPrevious();
            String label = formats.format(c.count(), Unit.COUNT)
                    + (shown.isDefined() ? " · " + formats.format(shown, Unit.SHARE) : "");
            funnel.add(new FunnelStep(c.stage(), c.count(), c.ofPrevious(), c.ofFirst(), label));
        }
        List<org.funnellab.store.LossReasonCount> reasons = x.lossReasons().size() > TOP_LOSS_REASONS
                ? x.lossReasons().subList(0, TOP_LOSS_REASONS) : x.lossReasons();
        if (s == null) {
            return new DashboardData(Filters.ALL, MetricSettings.DEFAULT,
                    kpis.of(Metrics.of(Selection.empty(MetricSettings.DEFAULT))), funnel, x.targetByChannel(),
                    reasons, x.monthly(), List.of(), x.cycleHistogram(), false, 0);
        }
        return new DashboardData(s.filters(), s.settings(), kpis.of(s.metrics()), funnel,
                org.funnellab.service.ChannelOrder.sort(x.targetByChannel(), org.funnellab.store.TargetSplit::key,
                        s.metrics()),
                reasons, x.monthly(), economics(s), x.cycleHistogram(), s.selection().hasCosts(),
                s.selection().negativeCycles());
    }

    /** Each channel's CAC, CLV and LTV:CAC as the application service computed them, largest spend first. */
    private static List<ChannelEconomics> economics(WorkspaceSnapshot s) {
        List<ChannelEconomics> out = new ArrayList<>();
        for (String channel : org.funnellab.service.ChannelOrder.of(s.metrics())) {
            Economics e = s.metrics().byChannel().get(channel);
            out.add(new ChannelEconomics(e.channel(), e.leads(), e.won(), e.cac(), e.clv(), e.ltvToCac()));
        }
        return out;
    }

    /**
     * Message key of what the selection is missing, empty when nothing is: no data at all in the workspace, no leads
     * in the selection, or leads but no costs (CAC and cost per lead then need a cost sheet).
     */
    public String missingDataKey() {
        DashboardData d = data.get();
        if (shownSnapshot == null) {
            return "";
        }
        if (!d.hasData()) {
            return workspace.dataRangeProperty().get() == null ? "dashboard.empty.workspace" : "dashboard.empty";
        }
        if (shownSnapshot.selection().costsUndefined() == null && !d.hasCosts()) {
            return "dashboard.noCosts";
        }
        return "";
    }

    /** The settings the shown figures were computed under. */
    public MetricSettings settings() {
        return data.get().settings();
    }

    /** Counts {@code costs} in CAC from now on, in this workspace; every screen follows. */
    public void setCacCosts(CacCostCategories costs) {
        workspace.saveSettings(workspace.settings().withCacCosts(costs));
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
