package org.funnellab.ui.whatif.tools;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.function.Function;

/** The goal-seek window: output, target and input to vary; the answer and an Apply button. It only binds. */
public final class GoalSeekDialog {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final Dialog<Void> dialog;

    public GoalSeekDialog(GoalSeekViewModel vm, I18n i18n, Node owner) {
        vm.suggestStart();
        ComboBox<String> output = combo("goalSeekOutput", vm.outputs(), vm::outputLabel);
        output.valueProperty().bindBidirectional(vm.outputProperty());
        ComboBox<String> input = combo("goalSeekInput", vm.inputs(), vm::inputLabel);
        input.valueProperty().bindBidirectional(vm.inputProperty());

        TextField target = new TextField();
        target.setId("goalSeekTarget");
        target.setPrefColumnCount(10);
        target.setAlignment(Pos.CENTER_RIGHT);
        target.textProperty().bindBidirectional(vm.targetTextProperty());
        target.setTooltip(new Tooltip(i18n.get("tools.goalSeek.target.tooltip")));
        Runnable decorate = () -> target.pseudoClassStateChanged(INVALID,
                !vm.targetValidProperty().get() && !target.getText().isBlank());
        vm.targetValidProperty().addListener((obs, o, n) -> decorate.run());
        target.textProperty().addListener((obs, o, n) -> decorate.run());
        Label unit = new Label();
        unit.textProperty().bind(vm.targetUnitProperty());
        HBox targetRow = new HBox(6, target, unit);
        targetRow.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        form.addRow(0, new Label(i18n.get("tools.goalSeek.output")), output);
        form.addRow(1, new Label(i18n.get("tools.goalSeek.target")), targetRow);
        form.addRow(2, new Label(i18n.get("tools.goalSeek.input")), input);

        Button run = new Button(i18n.get("tools.goalSeek.run"));
        run.setId("goalSeekRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        Button apply = new Button(i18n.get("tools.goalSeek.apply"));
        apply.setId("goalSeekApply");
        apply.getStyleClass().add("accent");
        apply.visibleProperty().bind(vm.canApplyProperty());
        apply.managedProperty().bind(apply.visibleProperty());
        apply.setOnAction(e -> vm.apply());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        run.setMinWidth(Region.USE_PREF_SIZE);

        Label result = new Label();
        result.setId("goalSeekResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.getStyleClass().addAll("tool-result", "text-bold");
        result.textProperty().bind(vm.resultTextProperty());
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox actions = new HBox(10, run);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox answer = new HBox(10, result, apply);
        answer.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(i18n.get("tools.goalSeek.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("tool-hint", "text-muted");
        VBox content = new VBox(14, hint, form, actions, answer);
        content.setPrefSize(600, 300);
        dialog = ToolDialog.create(owner, "goalSeekDialog", i18n.get("tools.goalSeek.title"), content,
                i18n.get("tools.close"));
        // The answer appears under the form: grow the window to show it whole.
        vm.resultTextProperty().addListener((obs, o, n) -> {
            dialog.getDialogPane().setPrefHeight(Region.USE_COMPUTED_SIZE);
            ToolDialog.fit(dialog);
        });
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    static ComboBox<String> combo(String id, List<String> items, Function<String, String> label) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        return box;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
