package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/** Small helpers for the wizard's read-only tables. */
final class WizardTables {
    private WizardTables() {
    }

    static <R> TableColumn<R, String> textColumn(String title, Function<R, String> value, double prefWidth) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(prefWidth);
        return c;
    }

    static <R> TableColumn<R, Long> countColumn(String title, Function<R, Long> value) {
        TableColumn<R, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(90);
        c.setMaxWidth(120);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Rows of cells under the given titles; a row shorter than the header shows blanks. */
    static void setRows(TableView<List<String>> table, List<String> titles, ObservableList<List<String>> rows) {
        setRows(table, titles, rows, (column, cell) -> cell);
    }

    /** As above, each cell shown through {@code display} (column index, cell text) → text. */
    static void setRows(TableView<List<String>> table, List<String> titles, ObservableList<List<String>> rows,
                        java.util.function.BiFunction<Integer, String, String> display) {
        table.getColumns().clear();
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            table.getColumns().add(textColumn(titles.get(i),
                    r -> index < r.size() ? display.apply(index, r.get(index)) : "",
                    Math.max(150, Math.min(240, titles.get(i).length() * 9 + 30))));
        }
        table.setItems(rows);
    }

    /**
     * A column whose every cell is a drop-down always on show, bound to the row's property: one click opens the
     * list, a second picks (no select-then-edit first). {@code text} shows a value for a row (null = nothing chosen);
     * {@code id} names each drop-down for keyboard users' screen readers and for tests.
     */
    static <R, T> TableColumn<R, T> choiceColumn(String title, Function<R, javafx.beans.property.Property<T>> property,
                                                 List<T> items, java.util.function.BiFunction<R, T, String> text,
                                                 Function<R, String> id, double prefWidth) {
        TableColumn<R, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> property.apply(cd.getValue()));
        c.setPrefWidth(prefWidth);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.ComboBox<T> combo = new javafx.scene.control.ComboBox<>(
                    javafx.collections.FXCollections.observableArrayList(items));
            private javafx.beans.property.Property<T> bound;

            {
                combo.setMaxWidth(Double.MAX_VALUE);
                combo.getStyleClass().add("wizard-choice");
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    combo.valueProperty().unbindBidirectional(bound);
                    bound = null;
                }
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                combo.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(T value) {
                        return text.apply(row, value);
                    }

                    @Override
                    public T fromString(String s) {
                        return null;
                    }
                });
                bound = property.apply(row);
                combo.valueProperty().bindBidirectional(bound);
                combo.setId(id.apply(row));
                combo.setPromptText(text.apply(row, null));
                setGraphic(combo);
            }
        });
        return c;
    }
}
