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
    /** Set while the table is narrower than {@link #NARROW_BELOW}: a smaller type, so every number stays whole. */
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    /** Below this width (about what a 1280-pixel window leaves it) the table's type is a size smaller. */
    static final double NARROW_BELOW = 760;
    /** The header's type size in funnellab.css ({@code .plan-table .column-header .label}) and its side padding. */
    private static final double HEADER_FONT_SIZE = 11;
    private static final double HEADER_PADDING = 14;

    /** A number column; money shows without the currency symbol, which the header names once. */
    private record Column(String key, Unit unit, double width, Function<ChannelPlan, MetricValue> value) {
    }

    PlanTable(BudgetPlannerViewModel vm, I18n i18n) {
        setId("planTable");
        org.funnellab.ui.export.Exportables.title(this, i18n.get("planner.table.title"));
        org.funnellab.ui.export.Exportables.locale(this, i18n.locale());
        getStyleClass().add("plan-table");
        Formats f = vm.formats();
        TableColumn<ChannelPlan, String> name = new TableColumn<>();
        name.setText(i18n.get("planner.table.channel"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(BudgetPlanner.TOTAL.equals(c.getValue().name())
                && c.getValue() == vm.planProperty().get().total() ? i18n.get("planner.table.total")
                : c.getValue().name()));
        name.setMinWidth(84);
        name.setPrefWidth(Math.min(170, vm.channels().stream().mapToDouble(c -> textWidth(c.name(), false) + 16)
                .max().orElse(120)));
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
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
            // As wide as the widest value in it (or the header's longest word), so the policy shares the width fairly.
            tc.setPrefWidth(Math.max(longestWord(tc.getText()), vm.rows().stream().mapToDouble(r -> {
                MetricValue v = col.value().apply(r);
                String text = !v.isDefined() ? f.format(v, col.unit())
                        : col.unit() == Unit.MONEY ? f.number(v.value(), 0) : f.format(v, col.unit());
                return textWidth(text, true) + 18;
            }).max().orElse(col.width())));
            // The constrained policy may shrink a column a little when the window or the navigation is narrow.
            tc.setMinWidth(Math.max(longestWord(tc.getText()),
                    textWidth("9 999", false) + 10));
            tc.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(col.value().apply(
                    c.getValue())));
            tc.setCellFactory(c -> new FittingCell(col.unit(), f, i18n));
            tc.getStyleClass().add("number-column");
            getColumns().add(tc);
        }
        name.setMinWidth(Math.max(name.getMinWidth(), longestWord(name.getText())));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChannelPlan item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTAL, !empty && item != null && item == vm.planProperty().get().total());
            }
        });
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        widthProperty().addListener((obs, o, w) -> pseudoClassStateChanged(NARROW, w.doubleValue() < NARROW_BELOW));
        setFixedCellSize(28);
        vm.planProperty().addListener((obs, o, p) -> getItems().setAll(vm.rows()));
        getItems().setAll(vm.rows());
        // Header (about two lines) + one row per channel + total, so the table never scrolls for a few channels.
        prefHeightProperty().bind(javafx.beans.binding.Bindings.size(getItems()).multiply(28).add(52));
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /**
     * The width a header needs so that it wraps only between words: its longest word in the header's bold type,
     * plus the header's padding. Without it a narrow column breaks "Leads" into "Lead" and "s".
     */
    static double longestWord(String header) {
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, HEADER_FONT_SIZE);
        double widest = 0;
        for (String word : header.split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(bold);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + HEADER_PADDING;
    }

    static double textWidth(String text, boolean bold) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 12));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /**
     * A number cell that never ends in "…": when the full value does not fit the column it shows the short form
     * (1.31M, 1,31 млн) and the full value in a tooltip; an undefined value reads "—" with the reason as tooltip.
     */
    static final class FittingCell extends javafx.scene.control.TableCell<ChannelPlan, MetricValue> {
        private final Unit unit;
        private final Formats f;
        private final I18n i18n;
        private String full;
        private List<String> shorter = List.of();

        FittingCell(Unit unit, Formats f, I18n i18n) {
            this.unit = unit;
            this.f = f;
            this.i18n = i18n;
            widthProperty().addListener((obs, o, n) -> fit());
            fontProperty().addListener((obs, o, n) -> fit());
        }

        @Override
        protected void updateItem(MetricValue v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                full = null;
                shorter = List.of();
                setTooltip(null);
            } else {
                // money without its symbol: the column's header names the currency
                List<String> forms = org.funnellab.ui.common.ShortForms.of(v, unit, f, false);
                full = forms.get(0);
                shorter = forms.subList(1, forms.size());
                setTooltip(v.isDefined() ? null : new Tooltip(i18n.get("reason." + v.reason().name())));
            }
            fit();
        }

        /** The full text when it fits the cell, otherwise the short one with the full value as tooltip. */
        private void fit() {
            if (full == null) {
                setText(null);
                return;
            }
            List<String> forms = new java.util.ArrayList<>(List.of(full));
            forms.addAll(shorter);
            String shown = org.funnellab.ui.common.ShortForms.fitting(forms, getFont(),
                    getWidth() - snappedLeftInset() - snappedRightInset());
            setText(shown);
            if (!shown.equals(full)) {
                setTooltip(new Tooltip(full));
            } else if (getItem() != null && getItem().isDefined()) {
                setTooltip(null);
            }
        }
    }
}
