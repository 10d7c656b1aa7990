package org.funnellab.ui.export;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.Callback;
import org.funnellab.domain.MetricValue;
import org.funnellab.export.CardsDrawing;
import org.funnellab.export.TableData;
import org.funnellab.export.TableDrawing;
import org.funnellab.ui.charts.ChartExports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a click or a key press is about: the chart, card group or table that holds a node. Views mark card
 * groups with {@link #markCards} and may name a table with {@link #title}; charts and tables are found by type.
 */
public final class Exportables {
    static final String TITLE = "funnellab.export.title";
    static final String CARDS = "export-cards";
    static final String LOCALE = "funnellab.export.locale";

    private Exportables() {
    }

    /** Marks {@code group} as a card group to copy and export as one picture under {@code title}. */
    public static void markCards(Node group, String title) {
        group.getStyleClass().add(CARDS);
        group.getProperties().put(TITLE, title);
    }

    /** The title an exported table or card group carries. */
    public static void title(Node node, String title) {
        node.getProperties().put(TITLE, title);
    }

    /** The language a table's numbers are written in, so exported numbers keep the decimals the cells show. */
    public static void locale(Node table, java.util.Locale locale) {
        table.getProperties().put(LOCALE, locale);
    }

    /** The exportable that holds {@code target} (itself or an ancestor), if any. */
    public static Optional<Node> holder(Node target) {
        for (Node n = target; n != null; n = n.getParent()) {
            if (ChartExports.of(n).isPresent() || n instanceof TableView<?> || n.getStyleClass().contains(CARDS)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Every chart, card group and table under {@code root}, in reading order (outer ones only). */
    public static List<Node> under(Node root) {
        List<Node> out = new ArrayList<>();
        collectHolders(root, out);
        return out;
    }

    private static void collectHolders(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        if (ChartExports.of(n).isPresent() || n instanceof TableView<?> || n.getStyleClass().contains(CARDS)) {
            out.add(n);
            return;
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) {
                collectHolders(sp.getContent(), out);
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectHolders(c, out);
            }
        }
    }

    /** The inputs of a what-if panel as read aloud: "Minutes per qualification call: 15 min (assumption)". */
    public static List<String> inputs(Node root, String assumptionWord) {
        List<String> out = new ArrayList<>();
        collectInputs(root, out, assumptionWord);
        return out;
    }

    private static void collectInputs(Node n, List<String> out, String assumptionWord) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getStyleClass().contains("input-row")) {
            String name = text(n, "input-name");
            Node field = n.lookup(".text-field");
            String value = field instanceof javafx.scene.control.TextField tf ? tf.getText() : "";
            String unit = text(n, "input-unit");
            boolean assumption = n.lookup(".assumption-badge") != null;
            out.add(name + ": " + value + (unit.isBlank() ? "" : " " + unit)
                    + (assumption ? " (" + assumptionWord + ")" : ""));
            return;
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) {
                collectInputs(sp.getContent(), out, assumptionWord);
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectInputs(c, out, assumptionWord);
            }
        }
    }

    /** What {@code node} (a holder) exports. */
    public static Optional<Exportable> of(Node node, String moreRowsPattern, String untitled) {
        var chart = ChartExports.of(node);
        if (chart.isPresent()) {
            String title = chart.get().title().isBlank() ? untitled : chart.get().title();
            return Optional.of(new Exportable(Exportable.Kind.CHART, title,
                    chart.get().title().isBlank() ? untitled : null, p -> chart.get().drawing(), null));
        }
        String title = node.getProperties().get(TITLE) instanceof String s ? s : untitled;
        if (node instanceof TableView<?> table) {
            TableData data = tableData(table, title);
            return Optional.of(new Exportable(Exportable.Kind.TABLE, title, title,
                    p -> new TableDrawing(data, p, moreRowsPattern), data));
        }
        if (node.getStyleClass().contains(CARDS)) {
            List<CardsDrawing.Card> cards = cards(node);
            List<List<TableData.Cell>> rows = cards.stream().map(c -> List.of(TableData.Cell.text(c.name()),
                    TableData.Cell.text(c.value()), TableData.Cell.text(c.detail()))).toList();
            TableData data = new TableData(title, List.of("", "", ""), rows);
            return Optional.of(new Exportable(Exportable.Kind.CARDS, title, title, p -> new CardsDrawing(cards, p),
                    data));
        }
        return Optional.empty();
    }

    /** Each card under {@code group}: the texts of its name, value and detail labels, as shown. */
    static List<CardsDrawing.Card> cards(Node group) {
        List<CardsDrawing.Card> out = new ArrayList<>();
        collectCards(group, out);
        return out;
    }

    private static void collectCards(Node n, List<CardsDrawing.Card> out) {
        if (n.getStyleClass().contains("output-card")) {
            String name = text(n, "output-name");
            String value = text(n, "output-value");
            String detail = text(n, "output-baseline");
            out.add(new CardsDrawing.Card(name, value, detail.isBlank() ? "" : detail));
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCards(c, out);
            }
        }
    }

    private static String text(Node card, String styleClass) {
        Node l = card.lookup("." + styleClass);
        return l instanceof Label label && label.getText() != null ? label.getText().trim() : "";
    }

    /**
     * The table's visible columns and all its rows, each cell's text exactly as its cell shows it (the column's
     * own cell factory renders it) and its number when the value is one.
     */
    static <S> TableData tableData(TableView<S> table, String title) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        List<String> names = columns.stream().map(c -> c.getText() == null ? "" : c.getText().replace('\n', ' '))
                .toList();
        List<List<TableData.Cell>> rows = new ArrayList<>();
        TableRow<S> row = new TableRow<>();
        row.updateTableView(table);
        for (int i = 0; i < table.getItems().size(); i++) {
            row.updateIndex(i);
            List<TableData.Cell> cells = new ArrayList<>();
            for (TableColumn<S, ?> c : columns) {
                cells.add(cell(table, row, c, i));
            }
            rows.add(cells);
        }
        return new TableData(title, names, rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> TableData.Cell cell(TableView<S> table, TableRow<S> row, TableColumn<S, ?> column, int i) {
        Object value = column.getCellData(i);
        String text;
        Callback factory = column.getCellFactory();
        if (factory != null) {
            TableCell cell = (TableCell) factory.call(column);
            cell.updateTableView(table);
            cell.updateTableColumn(column);
            cell.updateTableRow(row);
            cell.updateIndex(i);
            text = cell.getText() != null ? cell.getText() : value == null ? "" : String.valueOf(value);
        } else {
            text = value == null ? "" : String.valueOf(value);
        }
        if (value instanceof MetricValue m) {
            return m.isDefined() ? TableData.Cell.number(asShown(m.value(), text, table), text)
                    : TableData.Cell.text(text);
        }
        if (value instanceof Number n) {
            return TableData.Cell.number(asShown(n.doubleValue(), text, table), text);
        }
        return TableData.Cell.text(text);
    }

    /**
     * The number rounded to as many decimals as its cell shows ("8,9 ч" → one), so a spreadsheet gets 82.8 leads,
     * not 82.77777777777777, and sums match the screen. The decimal mark is the interface language's.
     */
    static double asShown(double v, String text, Node inTable) {
        if (!Double.isFinite(v)) {
            return v;
        }
        java.util.Locale locale = inTable.getProperties().get(LOCALE) instanceof java.util.Locale l ? l
                : java.util.Locale.getDefault();
        char mark = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        int at = text.lastIndexOf(mark);
        int decimals = 0;
        if (at >= 0) {
            while (at + 1 + decimals < text.length() && Character.isDigit(text.charAt(at + 1 + decimals))) {
                decimals++;
            }
        }
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static Node scrollContent(Node n) {
        return n instanceof ScrollPane sp ? sp.getContent() : n;
    }
}
