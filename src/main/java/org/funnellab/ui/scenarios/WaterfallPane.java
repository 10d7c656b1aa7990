package org.funnellab.ui.scenarios;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.funnellab.calc.ShapleySplit;
import org.funnellab.calc.Unit;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.Waterfall;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.WaterfallChart;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.tools.ToolLabels;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Why B differs from A": choose an output and two scenarios; the waterfall goes from A's value through each changed
 * input's contribution to B's, and says how the split was computed. It only binds.
 */
final class WaterfallPane extends VBox {
    private final ScenariosViewModel vm;
    private final I18n i18n;
    private final ChartStyle style;
    private final VBox result = new VBox(6);

    WaterfallPane(ScenariosViewModel vm, ChartStyle style) {
        super(8);
        this.vm = vm;
        this.i18n = vm.i18n();
        this.style = style;
        setId("waterfallPane");
        ScenarioComparison c = vm.comparisonProperty().get();
        List<ScenarioComparison.Row> outputs = c.rows().stream()
                .filter(r -> r.kind() == ScenarioComparison.Kind.OUTPUT).toList();
        ComboBox<ScenarioComparison.Row> output = new ComboBox<>();
        output.setId("waterfallOutput");
        output.getItems().setAll(outputs);
        output.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScenarioComparison.Row r) {
                return r == null ? "" : vm.texts().panelLabel(r.panel()) + " — " + vm.texts().rowLabel(r);
            }

            @Override
            public ScenarioComparison.Row fromString(String s) {
                return null;
            }
        });
        List<String> names = c.scenarios().stream().map(s -> s.name()).toList();
        ComboBox<Integer> a = scenarioBox("waterfallA", names);
        ComboBox<Integer> b = scenarioBox("waterfallB", names);
        a.setValue(0);
        b.setValue(1);
        output.setValue(c.headlines().stream().filter(ScenarioComparison.Row::differs).findFirst()
                .orElse(c.headlines().get(0)));
        Runnable redraw = () -> draw(output.getValue(), a.getValue(), b.getValue());
        output.setOnAction(e -> redraw.run());
        a.setOnAction(e -> redraw.run());
        b.setOnAction(e -> redraw.run());
        Label title = new Label(i18n.get("scenarios.waterfall.title"));
        title.getStyleClass().add("group-title");
        HBox choose = new HBox(8, new Label(i18n.get("scenarios.waterfall.output")), output,
                new Label(i18n.get("scenarios.waterfall.from")), a, new Label(i18n.get("scenarios.waterfall.to")), b);
        choose.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, choose, result);
        redraw.run();
    }

    private ComboBox<Integer> scenarioBox(String id, List<String> names) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        for (int i = 0; i < names.size(); i++) {
            box.getItems().add(i);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : names.get(i);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private void draw(ScenarioComparison.Row row, Integer a, Integer b) {
        result.getChildren().clear();
        if (row == null || a == null || b == null) {
            return;
        }
        ScenarioComparison c = vm.comparisonProperty().get();
        Waterfall w = vm.waterfall(row.panel(), row.id(), a, b);
        String nameA = c.scenarios().get(a).name();
        String nameB = c.scenarios().get(b).name();
        Label method = new Label(i18n.get(w.method() == ShapleySplit.Method.SHAPLEY ? "scenarios.waterfall.shapley"
                : "scenarios.waterfall.sequential"));
        method.setId("waterfallMethod");
        method.setWrapText(true);
        if (w.undefined() != null) {
            Label why = new Label(i18n.get("reason." + w.undefined().name()));
            why.setId("waterfallUndefined");
            result.getChildren().addAll(why);
            return;
        }
        Unit unit = row.unit();
        List<String> labels = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        labels.add(unique(nameA, used));
        double[] contributions = new double[w.steps().size()];
        VBox lines = new VBox(2);
        lines.setId("waterfallSteps");
        for (int i = 0; i < contributions.length; i++) {
            Waterfall.Step st = w.steps().get(i);
            contributions[i] = st.contribution().doubleValue();
            String label = vm.texts().inputLabel(row.panel(), st.input());
            labels.add(unique(label, used));
            String change = st.from() == null ? "" : " (" + vm.formats().number(st.from(), 2) + " → "
                    + vm.formats().number(st.to(), 2) + ")";
            lines.getChildren().add(new Label(label + change + ": "
                    + vm.texts().deltaText(org.funnellab.domain.MetricValue.of(contributions[i]), unit)));
        }
        labels.add(unique(nameB, used));
        lines.getChildren().add(new Label(i18n.format("scenarios.waterfall.total", nameB, nameA,
                vm.texts().deltaText(org.funnellab.domain.MetricValue.of(w.total().doubleValue()), unit))));
        if (contributions.length == 0) {
            lines.getChildren().add(new Label(i18n.get("scenarios.waterfall.none")));
        }
        WaterfallChart chart = new WaterfallChart(ToolLabels.output(i18n, row.panel(), row.id()),
                i18n.get("scenarios.waterfall.up"), i18n.get("scenarios.waterfall.down"),
                i18n.get("scenarios.waterfall.value"), labels, w.a().value(), contributions,
                ToolLabels.axisFormat(i18n.locale(), unit), style);
        result.getChildren().addAll(method, chart.node("waterfallChart", 320), lines);
    }

    private static String unique(String label, Set<String> used) {
        String l = label;
        for (int i = 2; !used.add(l); i++) {
            l = label + " (" + i + ")";
        }
        return l;
    }
}
