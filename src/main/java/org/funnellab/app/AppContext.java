package org.funnellab.app;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.WorkingState;
import org.funnellab.ui.common.Lifetime;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.Locale;

/**
 * Composition root for one UI locale and theme: builds the screens and hands each its collaborators through its
 * constructor. The long-lived parts (workspace, preferences, executors) are created once by the application and
 * survive a change of language or theme.
 */
public final class AppContext {
    /** Assumptions before the user sets their own: the lead-qualification article's team. */
    static final NonTargetCostModel.Inputs DEFAULT_ASSUMPTIONS = ScenarioEvaluator.DEFAULT_ASSUMPTIONS;

    private final I18n i18n;
    private final Formats formats;
    private final boolean dark;
    private final WorkspaceViewModel workspace;
    private final UserPreferences preferences;
    private final TaskExecutor executor;
    private final TaskExecutor workspaceExecutor;
    private final WorkingState working;
    private final Lifetime lifetime = new Lifetime();
    private org.funnellab.ui.importwizard.ImportWizardViewModel importWizard;
    private ScenarioScreens scenarios;

    /**
     * @param executor          general background work (Monte Carlo, exports)
     * @param workspaceExecutor the one thread that uses the workspace's SQLite connection
     */
    public AppContext(Locale locale, boolean dark, WorkspaceViewModel workspace, UserPreferences preferences,
                      TaskExecutor executor, TaskExecutor workspaceExecutor) {
        this(locale, dark, workspace, preferences, executor, workspaceExecutor, new WorkingState());
    }

    /**
     * @param working the what-if panels' working state, kept by the application across languages and themes
     */
    public AppContext(Locale locale, boolean dark, WorkspaceViewModel workspace, UserPreferences preferences,
                      TaskExecutor executor, TaskExecutor workspaceExecutor, WorkingState working) {
        this.i18n = new I18n(locale);
        this.formats = new Formats(locale, workspace.currencyProperty().get());
        this.dark = dark;
        this.workspace = workspace;
        this.preferences = preferences;
        this.executor = executor;
        this.workspaceExecutor = workspaceExecutor;
        this.working = working;
    }

    /** The what-if panels' working state: outlives this context. */
    public WorkingState working() {
        return working;
    }

    /**
     * What this context's screens registered on long-lived objects; closed when a language or theme switch replaces
     * them.
     */
    public Lifetime lifetime() {
        return lifetime;
    }

    /** Evaluates panels and scenarios with the user's remembered assumptions. */
    public ScenarioEvaluator evaluator() {
        return new ScenarioEvaluator(preferences::assumption);
    }

    /** Scenarios: the screen, the selector on each panel, save (Ctrl+S) and open. */
    ScenarioScreens scenarios() {
        if (scenarios == null) {
            scenarios = new ScenarioScreens(this);
        }
        return scenarios;
    }

    /** Releases everything this context's screens registered on long-lived objects. */
    void close() {
        lifetime.close();
    }

    public TaskExecutor workspaceExecutor() {
        return workspaceExecutor;
    }

    /** The import wizard's state, one per window; imports run on the workspace thread. */
    org.funnellab.ui.importwizard.ImportWizardViewModel importWizard() {
        if (importWizard == null) {
            importWizard = new org.funnellab.ui.importwizard.ImportWizardViewModel(workspace, workspaceExecutor,
                    formats);
        }
        return importWizard;
    }

    javafx.scene.Node importScreen() {
        return new org.funnellab.ui.importwizard.ImportWizardView(importWizard(), i18n, formats);
    }

    /** The funnel dashboard over the open workspace and the global filters. */
    javafx.scene.Node dashboard() {
        var vm = new org.funnellab.ui.dashboard.DashboardViewModel(workspace, workspaceExecutor, formats);
        lifetime.onClose(vm::dispose);
        var view = new org.funnellab.ui.dashboard.DashboardView(vm, i18n, chartStyle());
        view.setOnOpenSettings(() -> openSettings(view));
        return view;
    }

    /** The workspace settings dialog (CAC costs, shared costs, CLV assumptions); saving updates every screen. */
    void openSettings(javafx.scene.Node owner) {
        if (workspace.workspaceProperty().get() == null) {
            return;
        }
        var vm = new org.funnellab.ui.settings.WorkspaceSettingsViewModel(workspace);
        org.funnellab.ui.settings.WorkspaceSettingsView.dialog(vm, i18n, owner).show();
    }

    /** "Find a lead": the file row a lead came from, by its CRM id. */
    void openLeadSource(javafx.scene.Node owner) {
        if (workspace.workspaceProperty().get() == null) {
            return;
        }
        var vm = new org.funnellab.ui.audit.LeadSourceViewModel(workspace);
        org.funnellab.ui.audit.LeadSourceView.dialog(vm, i18n, owner).show();
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
        return new ChartStyle(dark, 1f, i18n().get("chart.noData"));
    }

    /** The what-if panels over the open workspace. */
    WhatIfScreens whatIf() {
        return new WhatIfScreens(this);
    }
}
