package org.funnellab.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.Filters;
import org.funnellab.service.PanelState;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.Selection;
import org.funnellab.service.WorkingState;
import org.funnellab.ui.scenarios.ScenariosView;
import org.funnellab.ui.scenarios.ScenariosViewModel;
import org.funnellab.ui.shell.WorkspaceSnapshot;
import org.funnellab.ui.whatif.WhatIfViewModel;
import org.funnellab.ui.whatif.tools.ScenarioSink;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenarios in the window: the Scenarios screen, a selector on each panel, Ctrl+S, and the two directions between a
 * saved scenario and the panels' working state. A scenario stores, per panel, every input whose value differs from
 * the baseline with the built-in assumptions — so it reads the same on the command line, which has no remembered
 * assumptions — and opening it makes exactly those values the panels' moved inputs.
 */
final class ScenarioScreens implements ScenariosViewModel.Workbench, ScenarioSink {
    private final AppContext ctx;
    private final ScenariosViewModel vm;
    private final ScenarioEvaluator app;
    private final ScenarioEvaluator defaults = new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS);

    ScenarioScreens(AppContext ctx) {
        this.ctx = ctx;
        this.app = ctx.evaluator();
        // Compared with the built-in assumptions, as the command line does: the same scenario, the same numbers.
        this.vm = new ScenariosViewModel(ctx.workspace(), ctx.workspaceExecutor(), this, ctx.working(), defaults,
                ctx.i18n(), ctx.formats());
        ctx.lifetime().listen(ctx.workspace().workspaceProperty(), (obs, o, n) -> {
            if (n != null) {
                vm.reload();
            }
        });
        if (ctx.workspace().workspaceProperty().get() != null) {
            vm.reload();
        }
    }

    ScenariosViewModel viewModel() {
        return vm;
    }

    Node screen() {
        return new ScenariosView(vm, ctx.chartStyle(), ctx.lifetime());
    }

    /** Ctrl+S: saves over the current scenario, or asks for a name. */
    void saveShortcut(javafx.stage.Window owner) {
        if (!vm.saveCurrent()) {
            ScenariosView.askSaveAs(vm, owner);
        }
    }

    /** A scenario selector in a panel's header: choosing one opens it. */
    void installSelector(BorderPane panel, WhatIfViewModel panelVm) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("scenarioSelector");
        // The prompt names the scenario the panels show (opened or saved last).
        box.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.currentProperty().get() == null ? ctx.i18n().get("scenarios.selector.prompt")
                        : ctx.i18n().format("scenarios.selector.current", vm.currentProperty().get()),
                vm.currentProperty()));
        box.setTooltip(new Tooltip(ctx.i18n().get("scenarios.selector.tooltip")));
        javafx.beans.binding.Bindings.bindContent(box.getItems(), namesOf());
        box.setOnAction(e -> {
            String name = box.getValue();
            if (name != null) {
                vm.open(name);
                javafx.application.Platform.runLater(() -> box.getSelectionModel().clearSelection());
            }
        });
        HBox bar = new HBox(8, box);
        bar.getStyleClass().add("scenario-selector-bar");
        panel.setTop(new VBox(panel.getTop(), bar));
    }

    private javafx.collections.ObservableList<String> names;

    private javafx.collections.ObservableList<String> namesOf() {
        if (names == null) {
            names = javafx.collections.FXCollections.observableArrayList();
            Runnable sync = () -> names.setAll(vm.names());
            vm.scenarios().addListener((javafx.collections.ListChangeListener<Scenario>) c -> sync.run());
            sync.run();
        }
        return names;
    }

    private Selection selection() {
        WorkspaceSnapshot s = ctx.workspace().snapshotProperty().get();
        return s == null ? null : s.selection();
    }

    @Override
    public Scenario capture(String name, String note) {
        Selection sel = selection();
        WorkingState working = ctx.working();
        Map<String, Map<String, Double>> overrides = new LinkedHashMap<>();
        for (String panel : ScenarioEvaluator.PANELS) {
            ScenarioEvaluator.PanelBase mine = app.base(panel, sel);
            ScenarioEvaluator.PanelBase plain = defaults.base(panel, sel);
            PanelState state = working.panel(panel);
            WhatIfModel m = mine.model();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < m.parameters().size(); i++) {
                String id = m.parameters().get(i).id();
                Double moved = state.moved().get(id);
                double effective = moved != null ? moved : mine.baseline()[i];
                if (ScenarioEvaluator.differs(effective, plain.baseline()[i])) {
                    values.put(id, effective);
                }
            }
            overrides.put(panel, values);
        }
        return Scenario.of(name, note, ctx.workspace().filters().openEnded(), overrides);
    }

    /** Saves scenarios made by a tool: the current working state, one panel's inputs set to the tool's values. */
    @Override
    public void save(java.util.List<Generated> generated) {
        Selection sel = selection();
        java.util.List<Scenario> out = new java.util.ArrayList<>();
        for (Generated g : generated) {
            Scenario now = capture(g.name(), g.note());
            ScenarioEvaluator.PanelBase plain = defaults.base(g.panel(), sel);
            Map<String, Double> values = new LinkedHashMap<>();
            WhatIfModel m = plain.model();
            for (int i = 0; i < m.parameters().size(); i++) {
                Double v = g.values().get(m.parameters().get(i).id());
                if (v != null && ScenarioEvaluator.differs(v, plain.baseline()[i])) {
                    values.put(m.parameters().get(i).id(), v);
                }
            }
            Map<String, Map<String, Double>> overrides = new LinkedHashMap<>(now.overrides());
            overrides.put(g.panel(), values);
            out.add(Scenario.of(g.name(), g.note(), now.filters(), overrides));
        }
        vm.saveAll(out);
    }

    @Override
    public void apply(Scenario s) {
        Selection sel = selection();
        WorkingState working = ctx.working();
        for (String panel : ScenarioEvaluator.PANELS) {
            ScenarioEvaluator.PanelBase mine = app.base(panel, sel);
            ScenarioEvaluator.PanelBase plain = defaults.base(panel, sel);
            Map<String, Double> overrides = s.overrides(panel);
            Map<String, Double> moved = new LinkedHashMap<>();
            WhatIfModel m = mine.model();
            for (int i = 0; i < m.parameters().size(); i++) {
                String id = m.parameters().get(i).id();
                Double o = overrides.get(id);
                boolean remembered = ScenarioEvaluator.differs(mine.baseline()[i], plain.baseline()[i]);
                if (o != null) {
                    moved.put(id, o);
                } else if (remembered) {
                    // A remembered assumption the scenario does not change: the scenario means the built-in value.
                    moved.put(id, plain.baseline()[i]);
                }
            }
            // Overrides of inputs this data has no slider for stay in the state for when they come back.
            overrides.forEach(moved::putIfAbsent);
            working.panel(panel).replaceMoved(moved);
            working.replaced(panel);
        }
        Filters f = s.filters();
        if (!f.equals(ctx.workspace().filters().openEnded())) {
            ctx.workspace().filters().select(f);
        }
    }
}
