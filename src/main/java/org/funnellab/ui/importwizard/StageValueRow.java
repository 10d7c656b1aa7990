package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;

/**
 * One distinct stage value of the file with its row count and the canonical stage and status the user gives it.
 * A value without a stage is unmapped: its rows will be rejected, never guessed.
 */
public final class StageValueRow {
    private final String value;
    private final long count;
    private final ObjectProperty<Stage> stage;
    private final ObjectProperty<LeadStatus> status;
    private final BooleanBinding unmapped;
    private final javafx.beans.property.ReadOnlyBooleanWrapper guessed = new javafx.beans.property.ReadOnlyBooleanWrapper();

    StageValueRow(String value, long count, Stage stage, LeadStatus status) {
        this.value = value;
        this.count = count;
        this.stage = new SimpleObjectProperty<>(stage);
        this.status = new SimpleObjectProperty<>(status == null ? LeadStatus.OPEN : status);
        this.unmapped = Bindings.isNull(this.stage);
        // Choosing WON as the stage almost always means the status won too; other choices leave the status alone.
        this.stage.addListener((obs, o, n) -> {
            guessed.set(false);
            if (n == Stage.WON) {
                this.status.set(LeadStatus.WON);
            }
        });
        this.status.addListener((obs, o, n) -> guessed.set(false));
    }

    /** Pre-filled from the value's words, not from a dictionary: shown for the user to confirm (any edit does). */
    void markGuessed() {
        guessed.set(true);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty guessedProperty() {
        return guessed.getReadOnlyProperty();
    }

    public String value() {
        return value;
    }

    public long count() {
        return count;
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<LeadStatus> statusProperty() {
        return status;
    }

    public BooleanBinding unmappedProperty() {
        return unmapped;
    }

    public boolean isUnmapped() {
        return unmapped.get();
    }
}
