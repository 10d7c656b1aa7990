package org.funnellab.ui.scenarios;

import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioComparison.Row;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.ScenarioBarsChart;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.tools.ToolLabels;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The comparison of 2–4 scenarios: a table of every panel's inputs (overrides highlighted) and outputs with each
 * scenario's change from the baseline, grouped bars of each panel's headline output, and the waterfall of why one
 * scenario differs from another. Export to CSV and XLSX. It only binds.
 */
final class ComparisonPane extends ScrollPane {
    private final ScenariosViewModel vm;
    private final I18n i18n;
    private final ChartStyle style;
    private final VBox body = new VBox(12);
    private final CheckBox onlyChanged;

    ComparisonPane(ScenariosViewModel vm, ChartStyle style) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.style = style;
        setId("comparisonPane");
        setFitToWidth(true);
        body.setPadding(new Insets(8));
        setContent(body);
        onlyChanged = new CheckBox(i18n.get("scenarios.onlyChanged"));
        onlyChanged.setId("onlyChanged");
        onlyChanged.setSelected(true);
        onlyChanged.setOnAction(e -> show(vm.comparisonProperty().get()));
        vm.comparisonProperty().addListener((obs, o, n) -> show(n));
        show(vm.comparisonProperty().get());
    }

    private void show(ScenarioComparison c) {
        body.getChildren().clear();
        if (c == null) {
            Label hint = new Label(i18n.get("scenarios.compareHint"));
            hint.setWrapText(true);
            body.getChildren().add(hint);
            return;
        }
        Button csv = new Button(i18n.get("scenarios.exportCsv"));
        csv.setId("exportCsv");
        csv.setOnAction(e -> chooseFile("csv").ifPresent(f -> vm.exportCsv(f.toPath())));
        Button xlsx = new Button(i18n.get("scenarios.exportXlsx"));
        xlsx.setId("exportXlsx");
        xlsx.setOnAction(e -> chooseFile("xlsx").ifPresent(f -> vm.exportXlsx(f.toPath())));
        HBox tools = new HBox(8, onlyChanged, csv, xlsx);
        tools.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(tools, table(c), charts(c), new WaterfallPane(vm, style));
    }

    private java.util.Optional<File> chooseFile(String ext) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(i18n.get("scenarios.exportName") + "." + ext);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
        return java.util.Optional.ofNullable(fc.showSaveDialog(getScene() == null ? null : getScene().getWindow()));
    }

    private TableView<Row> table(ScenarioComparison c) {
        TableView<Row> t = new TableView<>();
        t.setId("comparisonTable");
        t.getItems().setAll(onlyChanged.isSelected() ? c.changedRows() : c.rows());
        t.getColumns().add(text(i18n.get("scenarios.col.panel"), r -> vm.texts().panelLabel(r.panel()), 140));
        t.getColumns().add(text(i18n.get("scenarios.col.item"), vm.texts()::rowLabel, 240));
        t.getColumns().add(text(i18n.get("scenarios.col.baseline"), r -> vm.texts().text(r.base(), r.unit()), 115));
        for (int i = 0; i < c.scenarios().size(); i++) {
            int k = i;
            TableColumn<Row, String> group = new TableColumn<>(c.scenarios().get(i).name());
            TableColumn<Row, String> value = text(i18n.get("scenarios.col.value"),
                    r -> vm.texts().text(r.values().get(k), r.unit()), 115);
            value.setId("value-" + k);
            value.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String s, boolean empty) {
                    super.updateItem(s, empty);
                    setText(empty ? null : s);
                    Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
                    getStyleClass().remove("overridden");
                    if (r != null && r.overridden().get(k)) {
                        getStyleClass().add("overridden");
                    }
                }
            });
            TableColumn<Row, String> delta = text("Δ", r -> vm.texts().deltaText(r.deltas().get(k), r.unit()), 115);
            delta.setId("delta-" + k);
            TableColumn<Row, String> pct = text("Δ %", r -> vm.texts().percentText(r.percents().get(k)), 85);
            pct.setId("percent-" + k);
            group.getColumns().addAll(List.of(value, delta, pct));
            t.getColumns().add(group);
        }
        t.setPrefHeight(Math.min(560, 60 + 26 * t.getItems().size()));
        return t;
    }

    private static TableColumn<Row, String> text(String title, Function<Row, String> f, double width) {
        TableColumn<Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        col.setPrefWidth(width);
        col.setSortable(false);
        return col;
    }

    private GridPane charts(ScenarioComparison c) {
        GridPane grid = new GridPane();
        grid.setId("headlineCharts");
        grid.setHgap(12);
        List<String> series = new ArrayList<>();
        series.add(i18n.get("whatif.baseline"));
        c.scenarios().forEach(s -> series.add(s.name()));
        int col = 0;
        for (Row r : c.headlines()) {
            Double[][] values = new Double[1][series.size()];
            values[0][0] = r.base().isDefined() ? r.base().value() : null;
            for (int i = 0; i < r.values().size(); i++) {
                values[0][i + 1] = r.values().get(i).isDefined() ? r.values().get(i).value() : null;
            }
            ScenarioBarsChart chart = new ScenarioBarsChart(vm.texts().panelLabel(r.panel()), series,
                    List.of(ToolLabels.output(i18n, r.panel(), r.id())), values,
                    ToolLabels.axisFormat(i18n.locale(), r.unit()), style);
            var node = chart.node("headlineChart-" + r.panel(), 260);
            node.setPrefWidth(320);
            GridPane.setHgrow(node, Priority.ALWAYS);
            grid.add(node, col++, 0);
        }
        return grid;
    }
}
