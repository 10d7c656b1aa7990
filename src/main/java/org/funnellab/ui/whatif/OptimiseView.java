package org.funnellab.ui.whatif;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.util.List;

/**
 * The "Optimise…" pane of the budget planner: objective, budget, bounds, the sales team's hours and an optional
 * target CAC (the most customers at a blended CAC no higher); the optimal
 * split beside today's with each channel's marginal CAC and bound, the totals before and after, what binds and what
 * a unit of budget and an hour are worth; "Apply" moves the planner's sliders.
 */
public final class OptimiseView extends VBox {
    private final OptimiseViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final GridPane result = new GridPane();
    private final Label summary = new Label();
    private final Label explanation = new Label();
    private HBox scenarioRow;
    private final Label unbounded = new Label();

    public OptimiseView(OptimiseViewModel vm, I18n i18n, Formats formats) {
        super(10);
        this.vm = vm;
        this.i18n = i18n;
        this.formats = formats;
        setId("optimiseView");
        ComboBox<PlannerObjective> objective = new ComboBox<>();
        objective.setId("objectiveChoice");
        objective.getItems().setAll(PlannerObjective.values());
        objective.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PlannerObjective o) {
                return o == null ? "" : i18n.get("optimise.objective." + o.name().toLowerCase());
            }

            @Override
            public PlannerObjective fromString(String s) {
                return null;
            }
        });
        objective.valueProperty().bindBidirectional(vm.objectiveProperty());
        TextField budget = field("optimiseBudgetField");
        budget.textProperty().bindBidirectional(vm.budgetProperty());
        TextField bounds = field("optimiseBoundsField");
        bounds.textProperty().bindBidirectional(vm.boundsProperty());
        TextField capacity = field("optimiseCapacityField");
        capacity.textProperty().bindBidirectional(vm.capacityProperty());
        TextField targetCac = field("optimiseTargetCacField");
        targetCac.textProperty().bindBidirectional(vm.targetCacProperty());
        // a target CAC asks for the most customers (the view model sets it): the objective is fixed while one is typed
        objective.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.targetCacProperty().get() != null && !vm.targetCacProperty().get().isBlank(), vm.targetCacProperty()));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // the labels keep their whole text (Russian ones are long); the fields take what is left
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        form.addRow(0, new Label(i18n.get("optimise.objective")), objective);
        form.addRow(1, new Label(i18n.format("optimise.budget", formats.currencySymbol())), budget);
        form.addRow(2, new Label(i18n.get("optimise.bounds")), bounds);
        form.addRow(3, new Label(i18n.get("optimise.capacity")), capacity);
        Label team = new Label(vm.team() == null ? i18n.get("optimise.capacity.noTeam")
                : i18n.format("optimise.capacity.team", formats.format(vm.team().managers(), Unit.PEOPLE),
                        formats.format(vm.team().workingHoursPerMonth(), Unit.HOURS),
                        formats.format(OptimiseViewModel.teamHours(vm.team()), Unit.HOURS)));
        team.setId("optimiseCapacitySource");
        team.setWrapText(true);
        team.getStyleClass().add("panel-subtitle");
        form.add(team, 1, 4);
        form.addRow(5, new Label(i18n.format("optimise.targetCac", formats.currencySymbol())), targetCac);
        Label lowest = new Label();
        lowest.setId("optimiseLowestCac");
        lowest.setWrapText(true);
        lowest.getStyleClass().add("panel-subtitle");
        vm.lowestCacProperty().addListener((obs, o, n) -> lowest.setText(n == null ? ""
                : i18n.format("optimise.targetCac.lowest", money(n))));
        form.add(lowest, 1, 6);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        HBox.setHgrow(error, javafx.scene.layout.Priority.ALWAYS);
        vm.errorProperty().addListener((obs, o, n) -> error.setText(n == null ? "" : i18n.get(n)));
        Button run = new Button(i18n.get("optimise.run"));
        run.setId("optimiseRunButton");
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.optimise());
        Button apply = new Button(i18n.get("optimise.apply"));
        apply.setId("optimiseApplyButton");
        apply.disableProperty().bind(vm.outcomeProperty().isNull());
        apply.setOnAction(e -> vm.apply());
        for (Button b : List.of(run, apply)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(10, run, apply, error);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (vm.canSaveScenario()) {
            if (vm.scenarioNameProperty().get().isEmpty()) {
                vm.scenarioNameProperty().set(i18n.get("optimise.scenario.default"));
            }
            TextField name = field("optimiseScenarioName");
            name.setPrefColumnCount(22); // "Оптимальное распределение" whole
            name.textProperty().bindBidirectional(vm.scenarioNameProperty());
            Button save = new Button(i18n.get("optimise.scenario.save"));
            save.setId("optimiseScenarioButton");
            save.disableProperty().bind(vm.outcomeProperty().isNull());
            save.setOnAction(e -> vm.saveAsScenario());
            Label saved = new Label();
            saved.setId("optimiseScenarioSaved");
            vm.savedAsProperty().addListener((obs, o, n) ->
                    saved.setText(n == null ? "" : i18n.format("optimise.scenario.saved", n)));
            save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label nameLabel = new Label(i18n.get("optimise.scenario.name"));
            nameLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // a line of its own: beside Optimise and Apply it would cut every label at 1280 × 800
            HBox scenario = new HBox(10, nameLabel, name, save, saved);
            scenario.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            scenarioRow = scenario;
        }
        result.setHgap(14);
        result.setVgap(4);
        result.setId("optimiseResult");
        summary.setWrapText(true);
        summary.setId("optimiseSummary");
        unbounded.setWrapText(true);
        unbounded.setId("optimiseUnbounded");
        explanation.setWrapText(true);
        explanation.setId("optimiseExplanation");
        explanation.getStyleClass().add("panel-subtitle");
        getChildren().addAll(0, List.of(form, actions, result, summary, unbounded, explanation));
        if (scenarioRow != null) {
            getChildren().add(2, scenarioRow);
        }
        setPadding(new Insets(4));
        setPrefWidth(880);
        vm.outcomeProperty().addListener((obs, o, n) -> show(n));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(12);
        return f;
    }

    private String money(MetricValue v) {
        return v.isDefined() ? formats.money(v.value()) : Formats.UNDEFINED;
    }

    private void show(OptimiseViewModel.Outcome o) {
        result.getChildren().clear();
        unbounded.setText("");
        if (o == null) {
            return;
        }
        String[] head = {"optimise.col.channel", "optimise.col.current", "optimise.col.optimal",
            "optimise.col.change", "optimise.col.marginalCac", "optimise.col.bound"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(i18n.get(head[c]));
            l.getStyleClass().add("table-header-text");
            result.add(l, c, 0);
        }
        BudgetOptimizer.Result r = o.result();
        for (int i = 0; i < r.channels().size(); i++) {
            BudgetOptimizer.ChannelResult c = r.channels().get(i);
            double change = c.optimal() - c.current();
            result.addRow(i + 1, new Label(c.name()), new Label(formats.money(c.current())),
                    new Label(formats.money(c.optimal()) + (c.extrapolated() ? " *" : "")),
                    new Label((change >= 0 ? "+" : "−") + formats.money(Math.abs(change))),
                    new Label(money(c.marginalCac())),
                    new Label(i18n.get("optimise.bound." + c.bound().name().toLowerCase())));
        }
        BudgetPlanner.ChannelPlan b = o.before().total();
        BudgetPlanner.ChannelPlan a = o.after().total();
        summary.setText(i18n.format("optimise.summary",
                formats.format(b.customers(), Unit.COUNT), formats.format(a.customers(), Unit.COUNT),
                money(b.cac()), money(a.cac()), money(b.revenue()), money(a.revenue()),
                formats.format(b.wastedHours(), Unit.HOURS), formats.format(a.wastedHours(), Unit.HOURS),
                formats.format(b.ltvToCac(), Unit.RATIO), formats.format(a.ltvToCac(), Unit.RATIO)));
        BudgetPlanner.Plan free = o.unbounded();
        unbounded.setText(free == null ? "" : i18n.format("optimise.unbounded",
                formats.format(free.total().customers(), Unit.COUNT), money(free.total().cac()),
                money(free.total().revenue())));
        StringBuilder why = new StringBuilder();
        why.append(r.budgetBinds() ? i18n.format("optimise.why.budget", formats.number(r.budgetPrice() * 1_000_000, 2),
                i18n.get("optimise.unit." + vm.objectiveProperty().get().name().toLowerCase()))
                : i18n.format("optimise.why.unspent", formats.money(r.unspent())));
        if (r.capacityBinds()) {
            why.append(' ').append(i18n.format("optimise.why.capacity", formats.format(r.capacityHours(), Unit.HOURS),
                    formats.number(r.hourPrice(), 3),
                    i18n.get("optimise.unit." + vm.objectiveProperty().get().name().toLowerCase())));
        }
        for (BudgetOptimizer.Issue issue : r.issues()) {
            why.append(' ').append(i18n.get("optimise.issue." + issue.name().toLowerCase()));
        }
        if (r.channels().stream().anyMatch(BudgetOptimizer.ChannelResult::extrapolated)) {
            why.append(' ').append(i18n.get("optimise.why.extrapolated"));
        }
        explanation.setText(why.toString());
    }
}
