package org.funnellab.ui.whatif;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.calc.Unit;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.ui.charts.CacClvChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.List;

/** The CAC / CLV balance panel: grouped inputs, six cards (two coloured by health) and CAC vs CLV per channel. */
public final class CacClvView extends BorderPane {
    private static final List<List<String>> INPUT_GROUPS = List.of(
            List.of("mediaSpend", "contentSpend", "toolsSpend", "salariesSpend"),
            List.of("leadsPerMonth", "leadToCustomer"),
            List.of("averagePurchase", "purchasesPerYear", "lifetimeYears", "grossMargin"));
    private static final List<String> GROUP_KEYS = List.of("cacClv.group.spend", "cacClv.group.conversion",
            "cacClv.group.value");
    private static final List<String> CARDS = List.of("cac", "clv", "ltvToCac", "paybackMonths", "customersMonth",
            "spendMonth");

    private final CacClvChart chart;

    /** Held so the panel's state lives as long as its view, and for tests that read its figures. */
    private final CacClvViewModel viewModel;

    public CacClvView(CacClvViewModel vm, I18n i18n, ChartStyle chartStyle) {
        this.viewModel = vm;
        setId("cacClvView");
        getStyleClass().add("whatif-panel");
        setTop(PanelParts.header(i18n.get("cacClv.title"), i18n.get("cacClv.subtitle"), vm, i18n));
        setLeft(PanelParts.inputScroll(PanelParts.inputColumn(vm, i18n, GROUP_KEYS, INPUT_GROUPS), 420));

        GridPane cards = new GridPane();
        cards.getStyleClass().add("output-grid");
        cards.setHgap(12);
        cards.setVgap(12);
        for (int i = 0; i < CARDS.size(); i++) {
            OutputCard card = new OutputCard(vm, CARDS.get(i), i18n);
            card.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(card, Priority.ALWAYS);
            cards.add(card, i % 3, i / 3);
            if (CARDS.get(i).equals("ltvToCac")) {
                PanelParts.bindHealth(card, vm.ltvHealthyProperty(), vm.ltvUnhealthyProperty());
            } else if (CARDS.get(i).equals("paybackMonths")) {
                PanelParts.bindHealth(card, vm.paybackHealthyProperty(), vm.paybackUnhealthyProperty());
            }
        }
        for (int c = 0; c < 3; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cards.getColumnConstraints().add(cc);
        }

        NumberFormat money = NumberFormat.getNumberInstance(i18n.locale());
        money.setMaximumFractionDigits(0);
        String currency = vm.formats().currencySymbol();
        chart = new CacClvChart(i18n.get("cacClv.chart.title"), i18n.format("cacClv.chart.cacAxis", currency),
                i18n.format("cacClv.chart.clvAxis", currency),
                List.of(i18n.get("cacClv.chart.channels"), i18n.get("cacClv.chart.baseline"),
                        i18n.get("cacClv.chart.scenario"), i18n.get("cacClv.chart.healthyLine")),
                UnitEconomics.HEALTHY_LTV_TO_CAC, money,
                (name, cac, clv) -> i18n.format("cacClv.chart.point", name, vm.formats().format(cac, Unit.MONEY),
                        vm.formats().format(clv, Unit.MONEY),
                        vm.formats().format(cac == 0 ? 0 : clv / cac, Unit.RATIO)),
                chartStyle);
        Region chartNode = chart.node("cacClvChart", 280);

        FlowPane unplotted = new FlowPane(8, 4);
        unplotted.setId("unplottedChannels");
        unplotted.setAlignment(Pos.CENTER_LEFT);
        Runnable redraw = () -> redraw(vm, i18n, unplotted);
        vm.outputsProperty().addListener((obs, o, n) -> redraw.run());
        vm.baselineOutputsProperty().addListener((obs, o, n) -> redraw.run());
        vm.channelsProperty().addListener((obs, o, n) -> redraw.run());
        redraw.run();

        VBox right = new VBox(12, cards, chartNode, unplotted);
        VBox.setVgrow(chartNode, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 16));
        setCenter(right);
        setPadding(new Insets(16));
        PanelParts.installUndoKeys(this, vm);
    }

    private void redraw(CacClvViewModel vm, I18n i18n, FlowPane unplotted) {
        List<ChannelEconomics> shown = vm.plottedChannels();
        double[] cac = shown.stream().mapToDouble(c -> c.cac().value()).toArray();
        double[] clv = shown.stream().mapToDouble(c -> c.clv().value()).toArray();
        chart.update(shown.stream().map(ChannelEconomics::name).toList(), cac, clv, vm.blendedPoint(true),
                vm.blendedPoint(false));
        unplotted.getChildren().clear();
        List<ChannelEconomics> missing = vm.unplottedChannels();
        if (!missing.isEmpty()) {
            Label head = new Label(i18n.get("cacClv.chart.notShown"));
            head.getStyleClass().add("panel-subtitle");
            unplotted.getChildren().add(head);
        }
        for (ChannelEconomics c : missing) {
            Label l = new Label(c.name() + ": " + i18n.get(c.cac().isDefined() ? "cacClv.chart.noClv"
                    : "cacClv.chart.noCac"));
            l.getStyleClass().add("unplotted-channel");
            l.setTooltip(new Tooltip(i18n.get("reason." + CacClvViewModel.unplottedReason(c).name())));
            unplotted.getChildren().add(l);
        }
    }

    public CacClvChart chart() {
        return chart;
    }

    public CacClvViewModel viewModel() {
        return viewModel;
    }
}
