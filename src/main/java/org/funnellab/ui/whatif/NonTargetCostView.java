package org.funnellab.ui.whatif;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.ui.charts.BaselineScenarioChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.List;

/** The "cost of non-target leads" panel: inputs on the left, outputs and the chart on the right. It only binds. */
public final class NonTargetCostView extends BorderPane {
    private static final List<List<String>> INPUT_GROUPS = List.of(
            List.of("leadsPerMonth", "nonTargetShare", "costPerLead", "wonRevenuePerMonth"),
            List.of("minutesPerCall", "automatedShare"),
            List.of("managers", "workingHoursPerMonth", "monthlySalary", "loadedCostFactor"));
    private static final List<String> GROUP_KEYS = List.of("nonTarget.group.leads",
            "nonTarget.group.qualification", "nonTarget.group.team");
    private static final List<String> CARDS = List.of("wastedHoursMonth", "capacityLost", "wastedSalaryMonth",
            "mediaWasteMonth", "revenueNotEarnedMonth", "wastedSalaryYear");

    private final BaselineScenarioChart chart;

    /** Held so the panel's state lives as long as its view, and for tests that read its figures. */
    private final NonTargetCostViewModel viewModel;

    public NonTargetCostView(NonTargetCostViewModel vm, I18n i18n, ChartStyle chartStyle) {
        this.viewModel = vm;
        setId("nonTargetView");
        getStyleClass().add("whatif-panel");

        setTop(PanelParts.header(i18n.get("nonTarget.title"), i18n.get("nonTarget.subtitle"), vm, i18n));

        VBox inputs = new VBox(14);
        inputs.getStyleClass().add("inputs-column");
        for (int g = 0; g < INPUT_GROUPS.size(); g++) {
            Label groupLabel = new Label(i18n.get(GROUP_KEYS.get(g)));
            groupLabel.getStyleClass().add("group-title");
            inputs.getChildren().add(groupLabel);
            for (String p : INPUT_GROUPS.get(g)) {
                inputs.getChildren().add(new InputRow(vm.input(p), vm.history(), vm.model().id(), i18n, vm.formats()));
            }
        }
        ScrollPane inputScroll = new ScrollPane(inputs);
        inputScroll.setFitToWidth(true);
        inputScroll.setPrefWidth(440);
        inputScroll.setMinWidth(360);
        inputScroll.getStyleClass().add("inputs-scroll");
        setLeft(inputScroll);

        GridPane cards = new GridPane();
        cards.getStyleClass().add("output-grid");
        cards.setHgap(12);
        cards.setVgap(12);
        for (int c = 0; c < 3; c++) {
            javafx.scene.layout.ColumnConstraints col = new javafx.scene.layout.ColumnConstraints();
            col.setPercentWidth(100.0 / 3);
            cards.getColumnConstraints().add(col);
        }
        for (int i = 0; i < CARDS.size(); i++) {
            OutputCard card = new OutputCard(vm, CARDS.get(i), i18n);
            card.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(card, Priority.ALWAYS);
            cards.add(card, i % 3, i / 3);
        }

        List<String> categories = NonTargetCostViewModel.MONEY_CHART_OUTPUTS.stream()
                .map(o -> i18n.get("nonTarget.chart.category." + o)).toList();
        NumberFormat moneyAxis = NumberFormat.getNumberInstance(i18n.locale());
        moneyAxis.setMaximumFractionDigits(0);
        chart = new BaselineScenarioChart(i18n.get("nonTarget.chart.title"),
                i18n.format("nonTarget.chart.axis", vm.formats().currencySymbol()),
                i18n.get("whatif.baseline"), i18n.get("whatif.scenario"), categories, moneyAxis, chartStyle);
        javafx.scene.layout.Region chartNode = chart.node("nonTargetChart", 260);
        Runnable redraw = () -> chart.update(categories, vm.moneyChartValues(true), vm.moneyChartValues(false));
        vm.outputsProperty().addListener((obs, o, n) -> redraw.run());
        vm.baselineOutputsProperty().addListener((obs, o, n) -> redraw.run());
        redraw.run();

        VBox right = new VBox(16, cards, chartNode);
        VBox.setVgrow(chartNode, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 16));
        setCenter(right);
        setPadding(new Insets(16));
        // Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) undo and redo input changes while this panel is shown.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.Z) {
                if (e.isShiftDown()) {
                    vm.history().redo();
                } else {
                    vm.history().undo();
                }
                e.consume();
            }
        });
    }

    public BaselineScenarioChart chart() {
        return chart;
    }

    public NonTargetCostViewModel viewModel() {
        return viewModel;
    }
}
