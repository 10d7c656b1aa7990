package org.funnellab.ui.whatif;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.ui.charts.BaselineScenarioChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.HorizontalBarsChart;
import org.funnellab.ui.charts.ReadableTicks;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;

/** The pipeline velocity panel: four inputs, revenue per day and month, and what each lever's step adds. */
public final class PipelineVelocityView extends BorderPane {
    private static final List<String> INPUTS = List.of("opportunities", "averageDeal", "winRate", "cycleDays");
    private static final List<String> CARDS = List.of("revenueDay", "revenueMonth");

    private final BaselineScenarioChart velocityChart;
    private final HorizontalBarsChart leverChart;

    /** Held so the panel's state lives as long as its view, and for tests that read its figures. */
    private final PipelineVelocityViewModel viewModel;

    public PipelineVelocityView(PipelineVelocityViewModel vm, I18n i18n, ChartStyle chartStyle) {
        this.viewModel = vm;
        setId("velocityView");
        getStyleClass().add("whatif-panel");
        setTop(PanelParts.header(i18n.get("velocity.title"), i18n.get("velocity.subtitle"), vm, i18n));
        VBox inputs = PanelParts.inputColumn(vm, i18n, List.of("velocity.group.pipeline"), List.of(INPUTS));
        Label how = new Label(i18n.get("velocity.howToRead"));
        how.getStyleClass().add("panel-subtitle");
        how.setWrapText(true);
        inputs.getChildren().add(how);
        setLeft(PanelParts.inputScroll(inputs, 400));

        GridPane cards = new GridPane();
        cards.setHgap(12);
        for (int i = 0; i < CARDS.size(); i++) {
            OutputCard card = new OutputCard(vm, CARDS.get(i), i18n);
            card.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(card, Priority.ALWAYS);
            cards.add(card, i, 0);
        }

        Spinner<Integer> step = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) Math.round(PipelineVelocityViewModel.MIN_IMPROVEMENT * 100),
                (int) Math.round(PipelineVelocityViewModel.MAX_IMPROVEMENT * 100),
                (int) Math.round(vm.improvementProperty().get() * 100)));
        step.setId("improvementSpinner");
        // Arrows and the arrow keys only: a typed non-number would throw inside the spinner.
        step.setEditable(false);
        step.setPrefWidth(90);
        step.setTooltip(new Tooltip(i18n.get("velocity.step.tooltip")));
        step.valueProperty().addListener((obs, o, n) -> vm.improvementProperty().set(n / 100.0));
        vm.improvementProperty().addListener((obs, o, n) ->
                step.getValueFactory().setValue((int) Math.round(n.doubleValue() * 100)));
        Label stepLabel = new Label(i18n.get("velocity.step"));
        Label pct = new Label("%");
        HBox stepBox = new HBox(8, stepLabel, step, pct);
        stepBox.setAlignment(Pos.CENTER_LEFT);

        NumberFormat money = NumberFormat.getNumberInstance(i18n.locale());
        money.setMaximumFractionDigits(0);
        String perMonth = i18n.format("velocity.chart.axis", vm.formats().currencySymbol());
        List<String> velocityCategory = List.of(i18n.get("velocity.chart.revenueMonth"));
        velocityChart = new BaselineScenarioChart(i18n.get("velocity.chart.velocityTitle"), perMonth,
                i18n.get("whatif.baseline"), i18n.get("whatif.scenario"), velocityCategory, money, chartStyle);
        List<String> levers = Arrays.stream(PipelineVelocityModel.Lever.values())
                .map(l -> i18n.get("velocity.lever." + l.name())).toList();
        leverChart = new HorizontalBarsChart(leverTitle(vm, i18n), perMonth, i18n.get("whatif.baseline"),
                i18n.get("whatif.scenario"), levers, money, "{1} — {0}: +{2}", chartStyle);
        ReadableTicks.apply(velocityChart);
        Region velocityNode = velocityChart.node("velocityChart", 260);
        Region leverNode = leverChart.node("leverChart", 260);
        velocityNode.setPrefWidth(260);
        velocityNode.setMaxWidth(320);
        HBox.setHgrow(leverNode, Priority.ALWAYS);
        HBox charts = new HBox(12, velocityNode, leverNode);
        VBox.setVgrow(charts, Priority.ALWAYS);

        Runnable redraw = () -> {
            velocityChart.update(velocityCategory, new Double[] {vm.revenuePerMonth()[0]},
                    new Double[] {vm.revenuePerMonth()[1]});
            leverChart.update(leverTitle(vm, i18n), levers, vm.upliftPerMonth(true), vm.upliftPerMonth(false));
        };
        vm.upliftsProperty().addListener((obs, o, n) -> redraw.run());
        vm.baselineUpliftsProperty().addListener((obs, o, n) -> redraw.run());
        redraw.run();

        VBox right = new VBox(16, cards, stepBox, charts);
        right.setPadding(new Insets(0, 0, 0, 16));
        setCenter(right);
        setPadding(new Insets(16));
        PanelParts.installUndoKeys(this, vm);
    }

    private static String leverTitle(PipelineVelocityViewModel vm, I18n i18n) {
        return i18n.format("velocity.chart.leverTitle", Math.round(vm.improvementProperty().get() * 100));
    }

    public BaselineScenarioChart velocityChart() {
        return velocityChart;
    }

    public HorizontalBarsChart leverChart() {
        return leverChart;
    }

    public PipelineVelocityViewModel viewModel() {
        return viewModel;
    }
}
