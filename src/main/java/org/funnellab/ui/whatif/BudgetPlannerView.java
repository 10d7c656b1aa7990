package org.funnellab.ui.whatif;

import org.funnellab.calc.PlannerWithSettingsModel;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.ui.charts.HorizontalBarsChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.util.List;

/**
 * The budget planner: a spend slider per channel (or a total budget split by shares), the diminishing-returns
 * exponent and the settings on the left; total cards, the per-channel table and two charts on the right.
 */
public final class BudgetPlannerView extends BorderPane {
    private static final List<String> CARDS = List.of("spend", "customers", "cac", "revenue", "ltvToCac");

    private final HorizontalBarsChart spendChart;
    private final HorizontalBarsChart customersChart;

    /** Held so the panel's state lives as long as its view, and for tests that read its figures. */
    private final BudgetPlannerViewModel viewModel;

    public BudgetPlannerView(BudgetPlannerViewModel vm, I18n i18n, ChartStyle chartStyle) {
        this.viewModel = vm;
        setId("plannerView");
        getStyleClass().add("whatif-panel");
        setTop(PanelParts.header(i18n.get("planner.title"), i18n.get("planner.subtitle"), vm, i18n));
        setLeft(PanelParts.inputScroll(inputs(vm, i18n), 300));

        GridPane cards = new GridPane();
        org.funnellab.ui.export.Exportables.markCards(cards, i18n.get("planner.title"));
        cards.setHgap(12);
        for (int i = 0; i < CARDS.size(); i++) {
            OutputCard card = new OutputCard(vm, CARDS.get(i), i18n);
            card.getStyleClass().add("compact");
            card.setMaxWidth(Double.MAX_VALUE);
            cards.add(card, i, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / CARDS.size());
            cards.getColumnConstraints().add(cc);
        }
        PanelParts.bindHealth(cards.getChildren().get(CARDS.indexOf("ltvToCac")), vm.ltvHealthyProperty(),
                vm.ltvUnhealthyProperty());

        PlanTable table = new PlanTable(vm, i18n);

        NumberFormat number = NumberFormat.getNumberInstance(i18n.locale());
        number.setMaximumFractionDigits(0);
        NumberFormat customers = NumberFormat.getNumberInstance(i18n.locale());
        customers.setMaximumFractionDigits(1);
        List<String> names = vm.channels().stream().map(c -> c.name()).toList();
        String spendTitle = i18n.get("planner.chart.spendTitle");
        String customersTitle = i18n.get("planner.chart.customersTitle");
        spendChart = new HorizontalBarsChart(spendTitle,
                i18n.format("planner.chart.spendAxis", vm.formats().currencySymbol()), i18n.get("whatif.baseline"),
                i18n.get("whatif.scenario"), names, number, "{1} — {0}: {2}", chartStyle);
        customersChart = new HorizontalBarsChart(customersTitle,
                i18n.get("planner.chart.customersAxis"), i18n.get("whatif.baseline"), i18n.get("whatif.scenario"),
                names, customers, "{1} — {0}: {2}", chartStyle);
        Region spendNode = spendChart.node("spendChart", 240);
        Region customersNode = customersChart.node("customersChart", 240);
        HBox.setHgrow(spendNode, Priority.ALWAYS);
        HBox.setHgrow(customersNode, Priority.ALWAYS);
        spendNode.setPrefWidth(400);
        customersNode.setPrefWidth(400);
        HBox charts = new HBox(12, spendNode, customersNode);
        charts.setMinHeight(240);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Runnable redraw = () -> {
            spendChart.update(spendTitle, names, vm.spendValues(true), vm.spendValues(false));
            customersChart.update(customersTitle, names, vm.customerValues(true), vm.customerValues(false));
        };
        vm.planProperty().addListener((obs, o, n) -> redraw.run());
        vm.baselinePlanProperty().addListener((obs, o, n) -> redraw.run());
        redraw.run();

        VBox right = new VBox(14, cards, table, charts);
        right.setPadding(new Insets(0, 4, 0, 16));
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        rightScroll.getStyleClass().add("inputs-scroll");
        setCenter(rightScroll);
        setPadding(new Insets(16));
        PanelParts.installUndoKeys(this, vm);
    }

    private VBox inputs(BudgetPlannerViewModel vm, I18n i18n) {
        ToggleGroup mode = new ToggleGroup();
        ToggleButton perChannel = new ToggleButton(i18n.get("planner.mode.perChannel"));
        perChannel.setId("perChannelModeButton");
        ToggleButton budget = new ToggleButton(i18n.get("planner.mode.budget"));
        budget.setId("budgetModeButton");
        perChannel.setToggleGroup(mode);
        budget.setToggleGroup(mode);
        perChannel.getStyleClass().add("left-pill");
        budget.getStyleClass().add("right-pill");
        perChannel.setSelected(!vm.budgetModeProperty().get());
        budget.setSelected(vm.budgetModeProperty().get());
        // A selected toggle stays selected when clicked again: one of the two modes is always on.
        mode.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                vm.budgetModeProperty().set(n == budget);
            }
        });
        vm.budgetModeProperty().addListener((obs, o, on) -> (on ? budget : perChannel).setSelected(true));
        HBox modeBox = new HBox(perChannel, budget);
        // the optimiser sits under the spend mode, where a planner starts, not below every channel's slider
        javafx.scene.control.Button optimise = new javafx.scene.control.Button(i18n.get("planner.optimise"));
        optimise.setId("optimiseButton");
        optimise.setOnAction(e -> openOptimiser(optimise, new OptimiseViewModel(vm, team, scenarios), i18n));
        optimise.setVisible(vm.usesCurves());
        optimise.setManaged(vm.usesCurves());
        Label modeHint = new Label();
        modeHint.getStyleClass().add("panel-subtitle");
        modeHint.setWrapText(true);
        modeHint.textProperty().bind(javafx.beans.binding.Bindings.when(vm.budgetModeProperty())
                .then(i18n.get("planner.mode.budget.hint")).otherwise(i18n.get("planner.mode.perChannel.hint")));

        InputRow totalRow = new InputRow(vm.totalBudget(), vm.history(), i18n.get("planner.totalBudget"),
                BudgetPlannerViewModel.TOTAL_BUDGET, i18n, vm.formats());
        totalRow.visibleProperty().bind(vm.budgetModeProperty());
        totalRow.managedProperty().bind(vm.budgetModeProperty());

        VBox box = new VBox(14);
        box.getStyleClass().add("inputs-column");
        javafx.scene.control.Button move = new javafx.scene.control.Button(i18n.get("planner.move"));
        move.setId("moveShareButton");
        move.setDisable(vm.channels().size() < 2);
        move.setOnAction(e -> askMoveShare(move, vm, i18n));
        box.getChildren().addAll(PanelParts.groupTitle(i18n.get("planner.group.channels")), modeBox, optimise, move,
                modeHint, totalRow);
        for (int i = 0; i < vm.channels().size(); i++) {
            box.getChildren().add(new InputRow(vm.spend(i), vm.history(), vm.channels().get(i).name(), "spend" + i,
                    i18n, vm.formats()));
        }
        box.getChildren().add(PanelParts.groupTitle(i18n.get("planner.group.returns")));
        if (vm.usesCurves()) {
            // Each channel follows its own fitted curve: the one exponent does not apply; the optimiser does.
            Label curvesHint = new Label(i18n.get("planner.curves.hint"));
            curvesHint.getStyleClass().add("panel-subtitle");
            curvesHint.setWrapText(true);
            box.getChildren().add(curvesHint);
        } else {
            box.getChildren().add(new InputRow(vm.input("exponent"), vm.history(), vm.model().id(), i18n,
                    vm.formats()));
            Label exponentHint = new Label(i18n.get("planner.exponent.hint"));
            exponentHint.getStyleClass().add("panel-subtitle");
            exponentHint.setWrapText(true);
            box.getChildren().add(exponentHint);
        }
        box.getChildren().add(PanelParts.groupTitle(i18n.get("planner.group.settings")));
        for (String p : List.of(PlannerWithSettingsModel.MINUTES, PlannerWithSettingsModel.CLV)) {
            box.getChildren().add(new InputRow(vm.input(p), vm.history(), vm.model().id(), i18n, vm.formats()));
        }
        return box;
    }

    /** The optimiser beside the planner: not modal, so the sliders stay usable; same stylesheets and theme. */
    /**
     * What the optimiser starts from and saves to: the sales team its hours start from (null: no limit) and where
     * "Apply as scenario" saves (null: not offered).
     */
    public void setOptimiserContext(org.funnellab.calc.NonTargetCostModel.Inputs team,
                                    org.funnellab.ui.whatif.tools.ScenarioSink scenarios) {
        this.team = team;
        this.scenarios = scenarios;
    }

    private org.funnellab.calc.NonTargetCostModel.Inputs team;
    private org.funnellab.ui.whatif.tools.ScenarioSink scenarios;

    /** "Move X % from A to B": a small dialog; the move is one undo step. */
    private static void askMoveShare(javafx.scene.Node owner, BudgetPlannerViewModel vm, I18n i18n) {
        List<String> names = vm.channels().stream().map(org.funnellab.calc.BudgetPlanner.ChannelBaseline::name)
                .toList();
        javafx.scene.control.ComboBox<String> from = new javafx.scene.control.ComboBox<>();
        from.setId("moveFrom");
        from.getItems().setAll(names);
        from.getSelectionModel().select(0);
        javafx.scene.control.ComboBox<String> to = new javafx.scene.control.ComboBox<>();
        to.setId("moveTo");
        to.getItems().setAll(names);
        to.getSelectionModel().select(1);
        javafx.scene.control.TextField share = new javafx.scene.control.TextField(
                vm.formats().editText(org.funnellab.calc.Unit.SHARE, 0.1));
        share.setId("moveShare");
        share.setPrefColumnCount(6);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        javafx.scene.layout.GridPane form = new javafx.scene.layout.GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.get("planner.move.share")), share);
        form.addRow(1, new Label(i18n.get("planner.move.from")), from);
        form.addRow(2, new Label(i18n.get("planner.move.to")), to);
        form.add(error, 0, 3, 2, 1);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(i18n.get("planner.move.title"));
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(i18n.get("planner.move.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setId("moveShareDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(
                i18n.get("planner.move.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(form);
        org.funnellab.ui.common.Dialogs.ownedBy(dialog, owner);
        // a bad value keeps the dialog open with the reason
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Double s = vm.formats().parseEdit(org.funnellab.calc.Unit.SHARE, share.getText());
            int a = from.getSelectionModel().getSelectedIndex();
            int b = to.getSelectionModel().getSelectedIndex();
            if (s == null || s < 0 || s > 1) {
                error.setText(i18n.get("planner.move.error.share"));
                e.consume();
            } else if (a == b || a < 0 || b < 0) {
                error.setText(i18n.get("planner.move.error.same"));
                e.consume();
            } else {
                vm.moveShare(a, b, s);
            }
        });
        dialog.show();
    }

    private static void openOptimiser(javafx.scene.Node owner, OptimiseViewModel ovm, I18n i18n) {
        BudgetPlannerViewModel vm = ovm.planner();
        OptimiseView content = new OptimiseView(ovm, i18n, vm.formats());
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(i18n.get("optimise.title"));
        dialog.initModality(javafx.stage.Modality.NONE);
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        pane.setId("optimiseDialog");
        pane.getStyleClass().add("tool-dialog");
        // the result (a row per channel and its explanation) grows below the form: it scrolls inside a dialog that
        // never grows past the screen (1280 × 800 included)
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(620, screen - 180));
        pane.setContent(scroll);
        pane.setStyle("-fx-max-width: 4000px;");
        pane.getButtonTypes().add(new javafx.scene.control.ButtonType(i18n.get("optimise.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        org.funnellab.ui.common.Dialogs.ownedBy(dialog, owner);
        dialog.show();
    }

    public HorizontalBarsChart spendChart() {
        return spendChart;
    }

    public HorizontalBarsChart customersChart() {
        return customersChart;
    }

    /**
     * What the planner shows with nothing to plan — no channel with leads, or no costs to give any channel a cost per
     * lead — saying what is missing and how to import it ({@code messageKey}); it never plans invented channels.
     */
    public static javafx.scene.Node empty(I18n i18n, String messageKey) {
        javafx.scene.control.Label title = new javafx.scene.control.Label(i18n.get("planner.title"));
        title.getStyleClass().add("panel-title");
        javafx.scene.control.Label text = new javafx.scene.control.Label(i18n.get(messageKey));
        text.setId("plannerEmpty");
        text.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, title, text);
        box.setPadding(new javafx.geometry.Insets(16));
        box.getStyleClass().add("panel-header");
        return box;
    }

    public BudgetPlannerViewModel viewModel() {
        return viewModel;
    }
}
