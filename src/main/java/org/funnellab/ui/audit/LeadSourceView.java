package org.funnellab.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.funnellab.store.SourceRows;
import org.funnellab.ui.common.Dialogs;
import org.funnellab.ui.common.I18n;

import java.util.stream.Collectors;

/** The "Find a lead" dialog: an id field, what was found, and the source row as a two-column table. */
public final class LeadSourceView extends VBox {
    public LeadSourceView(LeadSourceViewModel vm, I18n i18n) {
        super(8);
        setId("leadSourceView");
        setPrefSize(720, 520);
        Label hint = new Label(i18n.get("leadSource.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField id = new TextField();
        id.setId("leadSourceId");
        id.setPromptText(i18n.get("leadSource.prompt"));
        id.textProperty().bindBidirectional(vm.queryProperty());
        id.setOnAction(e -> vm.find());
        HBox.setHgrow(id, Priority.ALWAYS);
        Button find = new Button(i18n.get("leadSource.find"));
        find.setId("leadSourceFind");
        find.disableProperty().bind(vm.busyProperty());
        find.setOnAction(e -> vm.find());
        Button copy = new Button(i18n.get("leadSource.copy"));
        copy.setId("leadSourceCopy");
        copy.disableProperty().bind(Bindings.isEmpty(vm.cells()));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.asText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox search = new HBox(8, id, find, copy);

        Label answer = new Label();
        answer.setId("leadSourceAnswer");
        answer.setWrapText(true);
        answer.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        answer.getStyleClass().add("section-title");
        answer.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.resultProperty().get(), i18n),
                vm.resultProperty()));

        TableView<LeadSourceViewModel.Cell> table = new TableView<>(vm.cells());
        table.setId("leadSourceTable");
        table.setPlaceholder(new Label(i18n.get("leadSource.empty")));
        TableColumn<LeadSourceViewModel.Cell, String> column = new TableColumn<>(i18n.get("leadSource.column"));
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().column()));
        column.setPrefWidth(220);
        TableColumn<LeadSourceViewModel.Cell, String> value = new TableColumn<>(i18n.get("leadSource.value"));
        value.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(460);
        table.getColumns().setAll(column, value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(hint, search, answer, table);
    }

    /** The line above the table: which lead, from which file and line — or why there is no row. */
    static String describe(LeadSourceViewModel.Result r, I18n i18n) {
        if (r.problem()) {
            return i18n.format("leadSource.problem", r.query());
        }
        if (r.notFound()) {
            return i18n.format("leadSource.notFound", r.query());
        }
        if (r.leads().isEmpty()) {
            return "";
        }
        SourceRows.Found f = r.leads().get(0);
        String text = f.row() == null ? i18n.format("leadSource.noRow", f.externalId(), f.sourceSystem())
                : f.fileName() == null ? i18n.format("leadSource.foundNoFile", f.externalId(), f.sourceSystem())
                : f.row().line() > 0
                ? i18n.format("leadSource.found", f.externalId(), f.sourceSystem(), f.fileName(),
                String.valueOf(f.row().line()))
                : i18n.format("leadSource.foundNoLine", f.externalId(), f.sourceSystem(), f.fileName());
        if (r.leads().size() > 1) {
            text += " " + i18n.format("leadSource.more", r.leads().stream().skip(1).map(SourceRows.Found::sourceSystem)
                    .collect(Collectors.joining(", ")));
        }
        return text;
    }

    /** The view as a dialog with a Close button, owned by {@code owner}'s window and in its theme. */
    public static Dialog<ButtonType> dialog(LeadSourceViewModel vm, I18n i18n, Node owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("leadSource.title"));
        d.setResizable(true);
        d.getDialogPane().setId("leadSourceDialog");
        LeadSourceView view = new LeadSourceView(vm, i18n);
        d.getDialogPane().setContent(view);
        // typing starts in the id field, and Enter there searches rather than closing the dialog
        d.setOnShown(e -> view.lookup("#leadSourceId").requestFocus());
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("leadSource.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.ownedBy(d, owner);
        return d;
    }
}
