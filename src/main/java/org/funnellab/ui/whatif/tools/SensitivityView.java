package org.funnellab.ui.whatif.tools;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.calc.Unit;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.TornadoChart;
import org.funnellab.ui.common.I18n;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sensitivity: output and ±N % on top, the tornado chart, and the inputs whose bars are undefined. It only binds. */
public final class SensitivityView extends VBox {
    private final SensitivityViewModel vm;
    private final I18n i18n;
    private final ChartStyle style;
    private final VBox chartHolder = new VBox();
    private final Map<Unit, TornadoChart> charts = new HashMap<>();
    private TornadoChart chart;

    public SensitivityView(SensitivityViewModel vm, I18n i18n, ChartStyle style) {
        super(12);
        this.vm = vm;
        this.i18n = i18n;
        this.style = style;
        setId("sensitivityView");

        ComboBox<String> output = GoalSeekDialog.combo("sensitivityOutput", vm.outputs(), vm::outputLabel);
        output.valueProperty().bindBidirectional(vm.outputProperty());
        HBox.setHgrow(output, Priority.ALWAYS);
        Spinner<Integer> percent = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SensitivityViewModel.MIN_PERCENT, SensitivityViewModel.MAX_PERCENT, vm.percentProperty().get()));
        percent.setId("sensitivityPercent");
        percent.setEditable(true);
        percent.setPrefWidth(90);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                vm.percentProperty().set(n);
            }
        });
        Label outputLabel = new Label(i18n.get("tools.sensitivity.output"));
        outputLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label pctLabel = new Label(i18n.get("tools.sensitivity.percent"));
        pctLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label pctUnit = new Label("%");
        HBox controls = new HBox(8, outputLabel, output, pctLabel, percent, pctUnit);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(i18n.get("tools.sensitivity.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("tool-hint", "text-muted");
        Label base = new Label();
        base.setId("sensitivityBase");
        base.textProperty().bind(vm.baseTextProperty());
        Label undefined = new Label();
        undefined.setId("sensitivityUndefined");
        undefined.setWrapText(true);
        undefined.setMinHeight(Region.USE_PREF_SIZE);
        undefined.getStyleClass().addAll("tool-warning", "warning");
        undefined.textProperty().bind(vm.undefinedTextProperty());
        undefined.visibleProperty().bind(vm.undefinedTextProperty().isNotEmpty());
        undefined.managedProperty().bind(undefined.visibleProperty());

        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        getChildren().addAll(hint, controls, base, chartHolder, undefined);
        setPrefSize(760, 560);
        vm.chartProperty().addListener((obs, o, n) -> redraw());
        vm.percentProperty().addListener((obs, o, n) -> redraw());
        if (vm.outputProperty().get() == null && !vm.outputs().isEmpty()) {
            vm.outputProperty().set(vm.headlineOutput());
        }
        redraw();
    }

    private void redraw() {
        SensitivityViewModel.Chart c = vm.chartProperty().get();
        if (c == null || c.bars().isEmpty()) {
            chartHolder.getChildren().clear();
            chart = null;
            return;
        }
        // One chart per unit: a chart keeps the axis number format it was made with.
        TornadoChart next = charts.computeIfAbsent(c.unit(), u -> new TornadoChart(null, null, "", "",
                ToolLabels.axisFormat(i18n.locale(), u), style));
        if (next != chart) {
            chart = next;
            Region node = next.node("tornadoChart", 320);
            VBox.setVgrow(node, Priority.ALWAYS);
            chartHolder.getChildren().setAll(node);
            VBox.setVgrow(chartHolder, Priority.ALWAYS);
        }
        int p = vm.percentProperty().get();
        next.setSeriesNames(i18n.format("tools.sensitivity.lower", p), i18n.format("tools.sensitivity.higher", p));
        List<SensitivityViewModel.Bar> bars = c.bars();
        double[] lows = new double[bars.size()];
        double[] highs = new double[bars.size()];
        for (int i = 0; i < lows.length; i++) {
            lows[i] = bars.get(i).lowOutput();
            highs[i] = bars.get(i).highOutput();
        }
        double base = c.baseOutput().isDefined() ? c.baseOutput().value() : 0;
        next.update(bars.stream().map(SensitivityViewModel.Bar::label).toList(), base, vm.baseTextProperty().get(),
                lows, highs,
                bars.stream().map(b -> i18n.format("tools.sensitivity.tip", b.label(), b.lowInputText(),
                        vm.format(b.lowOutput()))).toList(),
                bars.stream().map(b -> i18n.format("tools.sensitivity.tip", b.label(), b.highInputText(),
                        vm.format(b.highOutput()))).toList());
    }

    public TornadoChart chart() {
        return chart;
    }
}
