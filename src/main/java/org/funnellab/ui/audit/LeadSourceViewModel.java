package org.funnellab.ui.audit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.store.SourceRows;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.List;

/**
 * "Find a lead": a CRM id in, the row of the file the lead was imported from out — the audit trail behind every figure.
 * The lookup runs on the workspace thread; what is shown is one {@link Result} (the id's leads, or why there is nothing).
 */
public final class LeadSourceViewModel {
    /** One column of the source row: its name in the file and the cell exactly as read. */
    public record Cell(String column, String value) {
    }

    /** What a search found: the leads with that id (one per CRM), or none; {@code problem} when the lookup failed. */
    public record Result(String query, List<SourceRows.Found> leads, boolean problem) {
        public static final Result NONE = new Result("", List.of(), false);

        public boolean notFound() {
            return !problem && !query.isEmpty() && leads.isEmpty();
        }
    }

    private final WorkspaceViewModel workspace;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(Result.NONE);
    private final ObservableList<Cell> cells = FXCollections.observableArrayList();

    public LeadSourceViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    /** Looks the typed id up; an empty id clears the answer. */
    public void find() {
        String id = query.get() == null ? "" : query.get().strip();
        if (id.isEmpty()) {
            show(Result.NONE);
            return;
        }
        busy.set(true);
        workspace.findLead(id, found -> show(new Result(id, found, false)), failure -> show(new Result(id, List.of(),
                true)));
    }

    private void show(Result r) {
        busy.set(false);
        result.set(r);
        cells.clear();
        SourceRows.Found first = r.leads().isEmpty() ? null : r.leads().get(0);
        if (first != null && first.row() != null) {
            for (int i = 0; i < first.row().cells().size(); i++) {
                cells.add(new Cell(first.row().header().get(i), first.row().cells().get(i)));
            }
        }
    }

    /** The shown row as tab-separated "column, value" lines (for the clipboard). */
    public String asText() {
        StringBuilder sb = new StringBuilder();
        for (Cell c : cells) {
            sb.append(c.column()).append('\t').append(c.value() == null ? "" : c.value()).append('\n');
        }
        return sb.toString();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<Cell> cells() {
        return cells;
    }
}
