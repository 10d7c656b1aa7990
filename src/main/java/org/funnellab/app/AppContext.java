package org.funnellab.app;

import org.funnellab.calc.Baselines;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.Parameter;
import org.funnellab.domain.CostCategory;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceSnapshot;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.funnellab.ui.whatif.InputViewModel;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;

import java.util.Locale;
import java.util.Set;

/**
 * Composition root for one UI locale and theme: builds the screens and hands each its collaborators through its
 * constructor. The long-lived parts (workspace, preferences, executors) are created once by the application and
 * survive a change of language or theme.
 */
public final class AppContext {
    /** Costs counted in CAC and cost per lead: marketing's own, not the sales team's salaries or office overhead. */
    public static final Set<CostCategory> INCLUDED_COSTS = org.funnellab.calc.CostInclusion.MARKETING;

    /** Assumptions before the user sets their own: the lead-qualification article's team. */
    static final NonTargetCostModel.Inputs DEFAULT_ASSUMPTIONS = NonTargetCostModel.Inputs.articleExample();

    private final I18n i18n;
    private final Formats formats;
    private final boolean dark;
    private final WorkspaceViewModel workspace;
    private final UserPreferences preferences;
    private final TaskExecutor executor;

    public AppContext(Locale locale, boolean dark, WorkspaceViewModel workspace, UserPreferences preferences,
                      TaskExecutor executor) {
        this.i18n = new I18n(locale);
        this.formats = new Formats(locale, workspace.currencyProperty().get());
        this.dark = dark;
        this.workspace = workspace;
        this.preferences = preferences;
        this.executor = executor;
    }

    public I18n i18n() {
        return i18n;
    }

    public Formats formats() {
        return formats;
    }

    public boolean dark() {
        return dark;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public UserPreferences preferences() {
        return preferences;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public ChartStyle chartStyle() {
        return new ChartStyle(dark, 1f);
    }

    /** The user's remembered assumptions over the defaults. */
    NonTargetCostModel.Inputs nonTargetAssumptions() {
        double[] v = DEFAULT_ASSUMPTIONS.toArray();
        NonTargetCostModel model = new NonTargetCostModel(DEFAULT_ASSUMPTIONS);
        for (int i = 0; i < v.length; i++) {
            Parameter p = model.parameters().get(i);
            Double remembered = preferences.assumption(NonTargetCostModel.ID + "." + p.id());
            if (p.assumption() && remembered != null) {
                v[i] = remembered;
            }
        }
        return NonTargetCostModel.Inputs.fromArray(v);
    }

    /** The non-target cost panel, following the workspace's measured baseline and remembering assumptions. */
    public NonTargetCostView nonTargetCostScreen() {
        NonTargetCostModel.Inputs assumptions = nonTargetAssumptions();
        WorkspaceSnapshot s = workspace.snapshotProperty().get();
        NonTargetCostModel.Inputs baseline = s == null ? assumptions
                : Baselines.nonTargetCost(s.total(), INCLUDED_COSTS, assumptions).inputs();
        NonTargetCostViewModel vm = new NonTargetCostViewModel(baseline, formats);
        workspace.snapshotProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.setBaseline(Baselines.nonTargetCost(n.total(), INCLUDED_COSTS, nonTargetAssumptions())
                        .inputs().toArray());
            }
        });
        for (InputViewModel in : vm.inputs()) {
            if (in.parameter().assumption()) {
                in.valueProperty().addListener((obs, o, n) ->
                        preferences.setAssumption(NonTargetCostModel.ID + "." + in.id(), n.doubleValue()));
            }
        }
        return new NonTargetCostView(vm, i18n, chartStyle());
    }
}
