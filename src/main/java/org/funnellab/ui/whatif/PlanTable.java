package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlanner.ChannelPlan;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.function.Function;

/** The planner's table: one row per channel and a bold total row; numbers right-aligned, "—" when undefined. */
final class PlanTable extends TableView<ChannelPlan> {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");

    /** A number column; money shows without the currency symbol, which the header names once. */
    private record Column(String key, Unit unit, double width, Function<ChannelPlan, MetricValue> value) {
    }

    PlanTable(BudgetPlannerViewModel vm, I18n i18n) {
        setId("planTable");
        getStyleClass().add("plan-table");
        Formats f = vm.formats();
        TableColumn<ChannelPlan, String> name = new TableColumn<>();
        name.setText(i18n.get("planner.table.channel"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(BudgetPlanner.TOTAL.equals(c.getValue().name())
                && c.getValue() == vm.planProperty().get().total() ? i18n.get("planner.table.total")
                : c.getValue().name()));
        name.setMinWidth(84);
        name.setPrefWidth(120);
        getColumns().add(name);
        TableColumn<ChannelPlan, String> share = new TableColumn<>();
        share.setText(i18n.get("planner.table.share"));
        share.setCellValueFactory(c -> {
            int i = vm.planProperty().get().channels().indexOf(c.getValue());
            return new ReadOnlyStringWrapper(f.number(100 * (i < 0 ? 1 : vm.share(i)), 1));
        });
        // Shares matter when a total budget is split; in per-channel mode the column would only crowd the table.
        share.visibleProperty().bind(vm.budgetModeProperty());
        share.getStyleClass().add("number-column");
        share.setPrefWidth(62);
        share.setMinWidth(62);
        getColumns().add(share);
        List<Column> columns = List.of(
                new Column("planner.table.spend", Unit.MONEY, 85, c -> MetricValue.of(c.spend())),
                new Column("planner.table.cpl", Unit.MONEY, 60, ChannelPlan::cpl),
                new Column("planner.table.leads", Unit.COUNT, 50, ChannelPlan::leads),
                new Column("planner.table.targetLeads", Unit.COUNT, 75, ChannelPlan::targetLeads),
                new Column("planner.table.customers", Unit.COUNT, 85, ChannelPlan::customers),
                new Column("planner.table.cac", Unit.MONEY, 75, ChannelPlan::cac),
                new Column("planner.table.revenue", Unit.MONEY, 90, ChannelPlan::revenue),
                new Column("planner.table.wastedHours", Unit.HOURS, 75, ChannelPlan::wastedHours),
                new Column("planner.table.ltvToCac", Unit.RATIO, 70, ChannelPlan::ltvToCac));
        for (Column col : columns) {
            TableColumn<ChannelPlan, MetricValue> tc = new TableColumn<>();
            // Header labels wrap (see funnellab.css), so long Russian headers take two lines, not an ellipsis.
            tc.setText(col.unit() == Unit.MONEY ? i18n.format(col.key(), f.currencySymbol()) : i18n.get(col.key()));
            tc.setPrefWidth(col.width());
            // The constrained policy may shrink a column a little when the window or the navigation is narrow.
            tc.setMinWidth(Math.round(col.width() * 0.8));
            tc.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(col.value().apply(
                    c.getValue())));
            tc.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(MetricValue v, boolean empty) {
                    super.updateItem(v, empty);
                    setText(empty || v == null ? null : col.unit() == Unit.MONEY && v.isDefined()
                            ? f.number(v.value(), 0) : f.format(v, col.unit()));
                    setTooltip(empty || v == null || v.isDefined() ? null
                            : new Tooltip(i18n.get("reason." + v.reason().name())));
                }
            });
            tc.getStyleClass().add("number-column");
            getColumns().add(tc);
        }
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChannelPlan item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTAL, !empty && item != null && item == vm.planProperty().get().total());
            }
        });
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setFixedCellSize(28);
        vm.planProperty().addListener((obs, o, p) -> getItems().setAll(vm.rows()));
        getItems().setAll(vm.rows());
        // Header (about two lines) + one row per channel + total, so the table never scrolls for a few channels.
        prefHeightProperty().bind(javafx.beans.binding.Bindings.size(getItems()).multiply(28).add(52));
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
