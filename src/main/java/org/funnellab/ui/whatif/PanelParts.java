package org.funnellab.ui.whatif;

import javafx.css.PseudoClass;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.ui.common.I18n;

import java.util.List;

/** Pieces every what-if panel shares: the header, the grouped input column, undo keys, health colouring. */
final class PanelParts {
    static final PseudoClass HEALTHY = PseudoClass.getPseudoClass("healthy");
    static final PseudoClass UNHEALTHY = PseudoClass.getPseudoClass("unhealthy");

    private PanelParts() {
    }

    /** Title, subtitle and a "reset to baseline" button ({@code #resetAllButton}). */
    static HBox header(String title, String subtitle, WhatIfViewModel vm, I18n i18n, Node... extra) {
        Label t = new Label(title);
        t.getStyleClass().add("panel-title");
        Label s = new Label(subtitle);
        s.getStyleClass().add("panel-subtitle");
        s.setWrapText(true);
        Button resetAll = new Button(i18n.get("whatif.resetAll"));
        resetAll.setId("resetAllButton");
        resetAll.setMinWidth(Region.USE_PREF_SIZE);
        resetAll.setOnAction(e -> vm.resetToBaseline());
        Label context = new Label();
        context.setId("panelContext");
        context.getStyleClass().add("panel-context");
        context.setWrapText(true);
        Runnable showContext = () -> {
            String text = contextText(vm, i18n);
            context.setText(text);
            context.setManaged(!text.isEmpty());
            context.setVisible(!text.isEmpty());
        };
        vm.exampleProperty().addListener((obs, o, n) -> showContext.run());
        vm.settingsProperty().addListener((obs, o, n) -> showContext.run());
        vm.negativeCyclesProperty().addListener((obs, o, n) -> showContext.run());
        showContext.run();
        VBox titles = new VBox(2, t, s, context);
        if (vm.namedSettings() != WhatIfViewModel.NamedSettings.NONE && vm.canOpenSettings()) {
            javafx.scene.control.Hyperlink settings = new javafx.scene.control.Hyperlink(
                    i18n.get("menu.workspace.settings"));
            settings.setId("panelSettings");
            settings.setOnAction(e -> vm.openSettings());
            titles.getChildren().add(settings);
        }
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(12, titles);
        header.getChildren().addAll(extra);
        header.getChildren().add(resetAll);
        header.getStyleClass().add("panel-header");
        return header;
    }

    /** "Example values…" when the baseline is not the data's, then the workspace settings the figures follow. */
    static String contextText(WhatIfViewModel vm, I18n i18n) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (vm.exampleProperty().get()) {
            lines.add(i18n.get("whatif.example"));
        }
        if (vm.usesSalesCycle() && vm.negativeCyclesProperty().get() > 0) {
            lines.add(i18n.format("dashboard.negativeCycles", vm.negativeCyclesProperty().get()));
        }
        org.funnellab.service.MetricSettings settings = vm.settingsProperty().get();
        if (settings != null && vm.namedSettings() != WhatIfViewModel.NamedSettings.NONE) {
            org.funnellab.ui.common.SettingsTexts t = new org.funnellab.ui.common.SettingsTexts(i18n, vm.formats());
            lines.add(t.cacCosts(settings.cacCosts()) + ". " + t.sharedCosts(settings.sharedCosts()));
            if (vm.namedSettings() == WhatIfViewModel.NamedSettings.COSTS_AND_CLV) {
                lines.add(t.clv(settings.clv()));
            }
        }
        return String.join("\n", lines);
    }

    /** A group title in the input column. */
    static Label groupTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("group-title");
        return l;
    }

    /** Input rows grouped under titles, translated labels from the model's keys. */
    static VBox inputColumn(WhatIfViewModel vm, I18n i18n, List<String> groupKeys, List<List<String>> groups) {
        VBox inputs = new VBox(14);
        inputs.getStyleClass().add("inputs-column");
        for (int g = 0; g < groups.size(); g++) {
            inputs.getChildren().add(groupTitle(i18n.get(groupKeys.get(g))));
            for (String p : groups.get(g)) {
                inputs.getChildren().add(new InputRow(vm.input(p), vm.history(), vm.model().id(), i18n, vm.formats()));
            }
        }
        return inputs;
    }

    static ScrollPane inputScroll(VBox inputs, double prefWidth) {
        ScrollPane scroll = new ScrollPane(inputs);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(prefWidth);
        scroll.setMinWidth(340);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("inputs-scroll");
        return scroll;
    }

    /** Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) undo and redo input changes while the panel is shown. */
    static void installUndoKeys(Node panel, WhatIfViewModel vm) {
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) {
                    vm.history().redo();
                } else {
                    vm.history().undo();
                }
                e.consume();
            }
        });
    }

    /** Keeps {@code :healthy} / {@code :unhealthy} on a node in step with two flags (both false: neither). */
    static void bindHealth(Node node, ObservableBooleanValue healthy, ObservableBooleanValue unhealthy) {
        Runnable apply = () -> {
            node.pseudoClassStateChanged(HEALTHY, healthy.get());
            node.pseudoClassStateChanged(UNHEALTHY, unhealthy.get());
        };
        healthy.addListener((obs, o, n) -> apply.run());
        unhealthy.addListener((obs, o, n) -> apply.run());
        apply.run();
    }
}
