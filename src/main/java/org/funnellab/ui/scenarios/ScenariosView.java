package org.funnellab.ui.scenarios;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.funnellab.service.Scenario;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.Lifetime;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The Scenarios screen: the saved scenarios (name, note, overrides, last saved) with save / rename / duplicate /
 * delete / open, overrides of channels the data no longer has (each can be dropped), and below, the comparison of
 * the scenarios ticked for it. It only binds; the view model does the work.
 */
public final class ScenariosView extends BorderPane {
    private final ScenariosViewModel vm;
    private final I18n i18n;

    public ScenariosView(ScenariosViewModel vm, ChartStyle style, Lifetime lifetime) {
        this.vm = vm;
        this.i18n = vm.i18n();
        setId("scenariosView");
        getStyleClass().add("scenarios-screen");
        setPadding(new Insets(16));

        Label title = new Label(i18n.get("scenarios.title"));
        title.getStyleClass().add("panel-title");
        Label subtitle = new Label(i18n.get("scenarios.subtitle"));
        subtitle.getStyleClass().add("panel-subtitle");
        subtitle.setWrapText(true);
        Label message = new Label();
        message.setId("scenariosMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        setTop(new VBox(4, title, subtitle, actions(), message));

        TableView<Scenario> list = list();
        VBox missing = missingBox(list);
        VBox left = new VBox(8, list, missing);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(150);
        ComparisonPane comparison = new ComparisonPane(vm, style);
        SplitPane split = new SplitPane(left, comparison);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.24);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
    }

    private TableView<Scenario> table;

    private HBox actions() {
        Button saveAs = button("scenarioSaveAs", "scenarios.saveAs");
        saveAs.setOnAction(e -> askSaveAs(vm, getScene() == null ? null : getScene().getWindow()));
        Button open = button("scenarioOpen", "scenarios.open");
        open.setOnAction(e -> selectedName().ifPresent(vm::open));
        Button rename = button("scenarioRename", "scenarios.rename");
        rename.setOnAction(e -> selectedName().ifPresent(this::askRename));
        Button note = button("scenarioNote", "scenarios.note");
        note.setOnAction(e -> selectedName().ifPresent(this::askNote));
        Button duplicate = button("scenarioDuplicate", "scenarios.duplicate");
        duplicate.setOnAction(e -> selectedName().ifPresent(vm::duplicate));
        Button delete = button("scenarioDelete", "scenarios.delete");
        delete.setOnAction(e -> selectedName().ifPresent(this::askDelete));
        Button compare = button("scenarioCompare", "scenarios.compare");
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canCompare(), vm.compared()));
        compare.setOnAction(e -> vm.compare());
        for (Button b : new Button[] {open, rename, note, duplicate, delete}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Label current = new Label();
        current.textProperty().bind(Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? ""
                : i18n.format("scenarios.current", vm.currentProperty().get()), vm.currentProperty()));
        HBox box = new HBox(8, saveAs, open, rename, note, duplicate, delete, compare, current);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Button button(String id, String key) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private Optional<String> selectedName() {
        return Optional.ofNullable(vm.selectedProperty().get()).map(Scenario::name);
    }

    private TableView<Scenario> list() {
        table = new TableView<>(vm.scenarios());
        table.setId("scenarioList");
        table.getStyleClass().add("wrapping-headers");
        table.setPlaceholder(new Label(i18n.get("scenarios.empty")));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> vm.selectedProperty().set(n));
        vm.selectedProperty().addListener((obs, o, n) -> {
            if (n != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(n);
            }
        });
        TableColumn<Scenario, Scenario> tick = new TableColumn<>(i18n.get("scenarios.col.compare"));
        tick.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        tick.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                box.setId("compare-" + getIndex());
                box.setSelected(vm.compared().contains(s.name()));
                box.setOnAction(e -> {
                    vm.toggleCompared(s.name(), box.isSelected());
                    box.setSelected(vm.compared().contains(s.name()));
                });
                setGraphic(box);
            }
        });
        tick.setPrefWidth(100);
        TableColumn<Scenario, String> name = new TableColumn<>(i18n.get("scenarios.col.name"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<Scenario, String> note = new TableColumn<>(i18n.get("scenarios.col.note"));
        note.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().note()));
        note.setPrefWidth(360);
        TableColumn<Scenario, String> count = new TableColumn<>(i18n.get("scenarios.col.overrides"));
        count.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().overrideCount())));
        count.setPrefWidth(130);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        TableColumn<Scenario, String> saved = new TableColumn<>(i18n.get("scenarios.col.saved"));
        saved.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().updatedAt() == null ? ""
                : when.format(c.getValue().updatedAt())));
        saved.setPrefWidth(160);
        table.getColumns().setAll(java.util.List.of(tick, name, note, count, saved));
        // the columns share the table's width (no empty strip at the right; on a slide's larger type the headers
        // "Сравнить", "Изменённых входов" stay whole)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        vm.compared().addListener((javafx.collections.ListChangeListener<String>) c -> table.refresh());
        return table;
    }

    private VBox missingBox(TableView<Scenario> list) {
        VBox box = new VBox(4);
        box.setId("missingOverrides");
        Runnable show = () -> {
            box.getChildren().clear();
            Scenario s = vm.selectedProperty().get();
            if (s == null || vm.missing().isEmpty()) {
                return;
            }
            Label head = new Label(i18n.get("scenarios.missing"));
            head.getStyleClass().add("group-title");
            box.getChildren().add(head);
            for (ScenariosViewModel.Missing m : vm.missing()) {
                Label l = new Label(vm.texts().panelLabel(m.panel()) + ": " + vm.texts().inputLabel(m.panel(), m.input()) + " = "
                        + vm.formats().number(m.value(), 2));
                Button drop = new Button(i18n.get("scenarios.drop"));
                drop.setOnAction(e -> vm.dropOverride(s.name(), m));
                HBox row = new HBox(8, l, drop);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
        };
        vm.missing().addListener((javafx.collections.ListChangeListener<ScenariosViewModel.Missing>) c -> show.run());
        return box;
    }

    private void askRename(String name) {
        TextField field = new TextField(name);
        field.setId("scenarioNameField");
        ask(i18n.get("scenarios.rename.title"), field).ifPresent(b -> vm.rename(name, field.getText()));
    }

    private void askNote(String name) {
        Scenario s = vm.selectedProperty().get();
        TextArea note = new TextArea(s == null ? "" : s.note());
        note.setPrefRowCount(4);
        ask(i18n.get("scenarios.note.title"), note).ifPresent(b -> vm.editNote(name, note.getText()));
    }

    private void askDelete(String name) {
        ask(i18n.format("scenarios.delete.confirm", name), new Label()).ifPresent(b -> vm.delete(name));
    }

    private Optional<ButtonType> ask(String title, javafx.scene.Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(i18n.get("scenarios.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.get("scenarios.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return d.showAndWait().filter(b -> b == ok);
    }

    /** "Save current as…": a name and an optional note; refuses an empty or taken name with a message. */
    public static void askSaveAs(ScenariosViewModel vm, Window owner) {
        I18n i18n = vm.i18n();
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("scenarios.saveAs.title"));
        d.setHeaderText(i18n.get("scenarios.saveAs.title"));
        if (owner != null) {
            d.initOwner(owner);
        }
        TextField name = new TextField();
        name.setId("scenarioNameField");
        TextArea note = new TextArea();
        note.setId("scenarioNoteField");
        note.setPrefRowCount(3);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> name.getText().isEmpty() ? ""
                : Optional.ofNullable(vm.nameProblem(name.getText(), null)).orElse(""), name.textProperty()));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.get("scenarios.col.name")), name);
        g.addRow(1, new Label(i18n.get("scenarios.col.note")), note);
        g.add(problem, 1, 2);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(i18n.get("scenarios.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.get("scenarios.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.nameProblem(name.getText(), null) != null, name.textProperty()));
        javafx.application.Platform.runLater(name::requestFocus);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> vm.saveAs(name.getText(), note.getText()));
    }
}
