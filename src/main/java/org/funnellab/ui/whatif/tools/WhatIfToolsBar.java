package org.funnellab.ui.whatif.tools;

import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.whatif.WhatIfViewModel;

import java.util.function.Supplier;

/**
 * The tools every what-if panel has: undo / redo of input changes, goal seek, sensitivity and uncertainty.
 * Each tool opens in its own window beside the panel; pressing a tool's button again brings that window forward.
 * Undo and redo keys (Ctrl+Z / Ctrl+Shift+Z) are the panel's; the tools' keys work while this bar's panel is shown.
 */
public final class WhatIfToolsBar extends HBox {
    static final KeyCombination GOAL_SEEK_KEY = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SENSITIVITY_KEY = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNCERTAINTY_KEY = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_KEY = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final WhatIfViewModel vm;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final ChartStyle style;
    private final Button goalSeek;
    private final Button sensitivity;
    private final Button uncertaintyButton;
    private Dialog<Void> goalSeekDialog;
    private Dialog<Void> sensitivityDialog;
    private Dialog<Void> uncertaintyDialog;
    private ScenarioSink scenarios;

    /**
     * Places a tools bar under a panel's header (a panel is a BorderPane whose top is its header) and returns it.
     */
    public static WhatIfToolsBar install(javafx.scene.layout.BorderPane panel, WhatIfViewModel vm, I18n i18n,
                                         TaskExecutor executor, ChartStyle style) {
        return install(panel, vm, i18n, executor, style, null);
    }

    /** As {@link #install(javafx.scene.layout.BorderPane, WhatIfViewModel, I18n, TaskExecutor, ChartStyle)}, with
     * the uncertainty tool able to save P10 / P50 / P90 scenarios into {@code scenarios}. */
    public static WhatIfToolsBar install(javafx.scene.layout.BorderPane panel, WhatIfViewModel vm, I18n i18n,
                                         TaskExecutor executor, ChartStyle style, ScenarioSink scenarios) {
        WhatIfToolsBar bar = new WhatIfToolsBar(vm, i18n, executor, style);
        bar.scenarios = scenarios;
        panel.setTop(new javafx.scene.layout.VBox(panel.getTop(), bar));
        return bar;
    }

    public WhatIfToolsBar(WhatIfViewModel vm, I18n i18n, TaskExecutor executor, ChartStyle style) {
        super(6);
        this.vm = vm;
        this.i18n = i18n;
        this.executor = executor;
        this.style = style;
        setId("whatIfToolsBar");
        getStyleClass().add("whatif-tools");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new javafx.geometry.Insets(0, 0, 12, 0));
        setMinWidth(Region.USE_PREF_SIZE);

        Button undo = button("undoButton", "tools.undo", "tools.undo.tooltip", UNDO_KEY);
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        undo.setOnAction(e -> vm.history().undo());
        undo.getStyleClass().add("history-button");
        Button redo = button("redoButton", "tools.redo", "tools.redo.tooltip", REDO_KEY);
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        redo.setOnAction(e -> vm.history().redo());
        redo.getStyleClass().add("history-button");
        // The arrows are glyphs, not words: a larger size keeps them legible.
        undo.setStyle("-fx-font-size: 18px; -fx-padding: 0 8 0 8;");
        redo.setStyle("-fx-font-size: 18px; -fx-padding: 0 8 0 8;");
        goalSeek = button("goalSeekButton", "tools.goalSeek.button", "tools.goalSeek.tooltip", GOAL_SEEK_KEY);
        goalSeek.setOnAction(e -> openGoalSeek());
        sensitivity = button("sensitivityButton", "tools.sensitivity.button", "tools.sensitivity.tooltip",
                SENSITIVITY_KEY);
        sensitivity.setOnAction(e -> openSensitivity());
        uncertaintyButton = button("uncertaintyButton", "tools.uncertainty.button", "tools.uncertainty.tooltip",
                UNCERTAINTY_KEY);
        uncertaintyButton.setOnAction(e -> openUncertainty());
        getChildren().addAll(undo, redo, new Separator(Orientation.VERTICAL), goalSeek, sensitivity, uncertaintyButton);

        EventHandler<KeyEvent> keys = this::onKey;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private Button button(String id, String textKey, String tooltipKey, KeyCombination key) {
        Button b = new Button(i18n.get(textKey));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setMnemonicParsing(false);
        // The panel's title wraps when space is short; the tools' names never turn into "Goal see…".
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(i18n.get(tooltipKey) + " (" + key.getDisplayText() + ")"));
        return b;
    }

    private void onKey(KeyEvent e) {
        if (!isShown()) {
            return;
        }
        if (GOAL_SEEK_KEY.match(e)) {
            openGoalSeek();
        } else if (SENSITIVITY_KEY.match(e)) {
            openSensitivity();
        } else if (UNCERTAINTY_KEY.match(e)) {
            openUncertainty();
        } else {
            return;
        }
        e.consume();
    }

    /** Shown = in a scene with every ancestor visible (a panel on an unselected tab is not). */
    private boolean isShown() {
        Scene scene = getScene();
        if (scene == null) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public void openGoalSeek() {
        goalSeekDialog = showOrCreate(goalSeekDialog,
                () -> new GoalSeekDialog(new GoalSeekViewModel(vm, i18n), i18n, this).dialog());
    }

    public void openSensitivity() {
        sensitivityDialog = showOrCreate(sensitivityDialog, () -> ToolDialog.create(this, "sensitivityDialog",
                i18n.get("tools.sensitivity.title"),
                new SensitivityView(new SensitivityViewModel(vm, i18n), i18n, style), i18n.get("tools.close")));
    }

    public void openUncertainty() {
        uncertaintyDialog = showOrCreate(uncertaintyDialog, () -> {
            // A fresh table each time: "likely" is the input's value now. Closing the window stops a run.
            UncertaintyViewModel model = new UncertaintyViewModel(vm, i18n, executor);
            Dialog<Void> d = ToolDialog.create(this, "uncertaintyDialog", i18n.get("tools.uncertainty.title"),
                    new UncertaintyView(model, i18n, style, scenarios), i18n.get("tools.close"));
            d.setOnHidden(e -> model.cancel());
            return d;
        });
    }

    private Dialog<Void> showOrCreate(Dialog<Void> existing, Supplier<Dialog<Void>> create) {
        if (existing != null && existing.isShowing()) {
            Parent root = existing.getDialogPane().getScene() == null ? null : existing.getDialogPane();
            if (root != null && root.getScene().getWindow() != null) {
                root.getScene().getWindow().requestFocus();
            }
            return existing;
        }
        Dialog<Void> d = create.get();
        d.show();
        return d;
    }
}
