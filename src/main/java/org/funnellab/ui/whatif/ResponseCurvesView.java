package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.calc.ResponseCurveFit;
import org.funnellab.calc.Unit;
import org.funnellab.service.PlannerService;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.ResponseCurveChart;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.function.Function;

/**
 * Each planner channel's response curve: a table of the fits (model, source, months, elasticity with its
 * interval, R², fitted spend range) and the selected channel's chart; the elasticity of the selected channel can be
 * overridden. {@link #showPoints} marks today's and the optimiser's spend on the chart.
 */
public final class ResponseCurvesView extends BorderPane {
    private final ResponseCurvesViewModel vm;
    private final ResponseCurveChart chart;
    private final I18n i18n;
    private final Formats formats;
    private final TableView<Integer> table = new TableView<>();
    private double[] currentSpends;
    private double[] optimalSpends;

    public ResponseCurvesView(ResponseCurvesViewModel vm, I18n i18n, Formats formats, ChartStyle style) {
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        setId("responseCurvesView");
        getStyleClass().add("whatif-panel");
        Label title = new Label(i18n.get("curves.title"));
        title.getStyleClass().add("panel-title");
        Label subtitle = new Label(i18n.format("curves.subtitle", ResponseCurveFit.MIN_MONTHS,
                formats.number(ResponseCurveFit.PRIOR_ELASTICITY, 2), formats.number(ResponseCurveFit.PRIOR_SD, 2)));
        subtitle.getStyleClass().add("panel-subtitle");
        subtitle.setWrapText(true);
        VBox header = new VBox(4, title, subtitle);
        header.getStyleClass().add("panel-header");
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        table.setId("curvesTable");
        column("curves.col.channel", i -> vm.channels().get(i).channel());
        column("curves.col.model", i -> i18n.get("curves.model." + vm.planned(i).kind().name().toLowerCase())
);
        column("curves.col.source", i -> i18n.get("curves.source." + vm.planned(i).source().name().toLowerCase()));
        column("curves.col.months", i -> String.valueOf(vm.channels().get(i).fitted().fit().months()));
        column("curves.col.elasticity", i -> formats.number(vm.planned(i).elasticity(
                vm.channels().get(i).baselineSpend()), 2));
        column("curves.col.interval", i -> {
            ResponseCurve.Fit f = vm.channels().get(i).fitted().fit();
            return formats.number(f.bLow(), 2) + " – " + formats.number(f.bHigh(), 2);
        });
        column("curves.col.r2", i -> {
            var r2 = vm.channels().get(i).fitted().fit().r2();
            return r2.isDefined() ? formats.number(r2.value(), 2) : Formats.UNDEFINED;
        });
        column("curves.col.range", i -> {
            ResponseCurve.Fit f = vm.planned(i).fit();
            return f.months() == 0 ? Formats.UNDEFINED
                    : formats.money(f.minSpend()) + " – " + formats.money(f.maxSpend());
        });
        for (int i = 0; i < vm.channels().size(); i++) {
            table.getItems().add(i);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(38 + 30 * vm.channels().size());
        table.getSelectionModel().select(0);
        table.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) {
                vm.selectedProperty().set(n.intValue());
            }
        });

        TextField elasticity = new TextField();
        elasticity.setId("elasticityOverrideField");
        elasticity.setPrefColumnCount(5);
        Button set = new Button(i18n.get("curves.override.set"));
        set.setId("elasticityOverrideButton");
        Button clear = new Button(i18n.get("curves.override.clear"));
        clear.setId("elasticityClearButton");
        Label message = new Label();
        message.getStyleClass().add("field-error");
        set.setOnAction(e -> {
            Double v = formats.parseEdit(Unit.EXPONENT, elasticity.getText());
            boolean ok = v != null && vm.override(vm.selectedProperty().get(), v);
            message.setText(ok ? "" : i18n.get("curves.override.invalid"));
        });
        clear.setOnAction(e -> {
            vm.clearOverride(vm.selectedProperty().get());
            message.setText("");
        });
        HBox override = new HBox(8, new Label(i18n.get("curves.override.label")), elasticity, set, clear, message);
        override.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        NumberFormat money = NumberFormat.getNumberInstance(i18n.locale());
        money.setMaximumFractionDigits(0);
        chart = new ResponseCurveChart("", i18n.format("curves.chart.spend", formats.currencySymbol()),
                i18n.get("curves.chart.leads"), new String[] {i18n.get("curves.chart.observed"),
                    i18n.get("curves.chart.fitted"), i18n.get("curves.chart.beyond"),
                    i18n.get("curves.chart.current"), i18n.get("curves.chart.optimal")}, money, style);
        Region chartNode = chart.node("responseCurveChart", 320);
        VBox.setVgrow(chartNode, Priority.ALWAYS);
        VBox content = new VBox(12, table, override, chartNode);
        setCenter(content);
        setPadding(new Insets(16));
        vm.selectedProperty().addListener((obs, o, n) -> redraw());
        vm.versionProperty().addListener((obs, o, n) -> {
            table.refresh();
            redraw();
        });
        redraw();
    }

    private void column(String key, Function<Integer, String> text) {
        TableColumn<Integer, String> c = new TableColumn<>(i18n.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        table.getColumns().add(c);
    }

    /** Marks today's spend and, when known, the optimiser's on the chart (arrays in channel order; null = none). */
    public void showPoints(double[] current, double[] optimal) {
        this.currentSpends = current;
        this.optimalSpends = optimal;
        redraw();
    }

    private void redraw() {
        int i = Math.max(0, Math.min(vm.selectedProperty().get(), vm.channels().size() - 1));
        PlannerService.ChannelCurve c = vm.channels().get(i);
        ResponseCurvesViewModel.Series obs = vm.observed(i);
        ResponseCurvesViewModel.Series in = vm.curve(i, true);
        ResponseCurvesViewModel.Series out = vm.curve(i, false);
        double now = currentSpends != null && !Double.isNaN(currentSpends[i]) ? currentSpends[i] : c.baselineSpend();
        ResponseCurvesViewModel.Series cur = vm.point(i, now);
        ResponseCurvesViewModel.Series opt = optimalSpends != null && !Double.isNaN(optimalSpends[i]) ? vm.point(i, optimalSpends[i])
                : new ResponseCurvesViewModel.Series(new double[0], new double[0]);
        chart.update(i18n.format("curves.chart.title", c.channel()), new double[][] {obs.x(), obs.y()},
                new double[][] {in.x(), in.y()}, new double[][] {out.x(), out.y()},
                new double[][] {cur.x(), cur.y()}, new double[][] {opt.x(), opt.y()});
    }

    /** Marks {@code planner}'s planned spend and its last optimum on the chart, following both as they change. */
    public void follow(BudgetPlannerViewModel planner) {
        // the planner may list its channels in another order than the curves: match them by name
        java.util.List<String> names = planner.channels().stream().map(c -> c.name()).toList();
        int[] at = new int[vm.channels().size()];
        for (int i = 0; i < at.length; i++) {
            String name = vm.channels().get(i).channel();
            at[i] = names.indexOf(name == null || name.isEmpty() ? "—" : name);
        }
        Runnable points = () -> showPoints(inCurveOrder(planner.currentValues(), at),
                inCurveOrder(planner.optimalSpendsProperty().get(), at));
        planner.planProperty().addListener((obs, o, p) -> points.run());
        planner.optimalSpendsProperty().addListener((obs, o, p) -> points.run());
        points.run();
    }

    /** The planner's per-channel values in the curves' order; NaN for a channel the planner does not have. */
    private static double[] inCurveOrder(double[] plannerValues, int[] at) {
        if (plannerValues == null) {
            return null;
        }
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = at[i] >= 0 && at[i] < plannerValues.length ? plannerValues[at[i]] : Double.NaN;
        }
        return out;
    }

    public ResponseCurveChart chart() {
        return chart;
    }

    public ResponseCurvesViewModel viewModel() {
        return vm;
    }
}
