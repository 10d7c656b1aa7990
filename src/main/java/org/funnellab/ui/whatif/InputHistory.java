package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Undo/redo of what-if input changes. A slider drag produces many ticks; consecutive changes of the same input
 * merge into one step until {@link #endStep()} (called when a drag ends or a typed value is committed).
 */
public final class InputHistory {
    private record Change(int input, double before, double after) {
    }

    private final List<InputViewModel> inputs;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private boolean applying;
    private boolean stepOpen;

    InputHistory(List<InputViewModel> inputs) {
        this.inputs = inputs;
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            inputs.get(i).valueProperty().addListener((obs, o, n) -> record(index, o.doubleValue(), n.doubleValue()));
        }
    }

    private void record(int input, double before, double after) {
        if (applying || before == after) {
            return;
        }
        Change last = undo.peek();
        if (stepOpen && last != null && last.input() == input) {
            undo.pop();
            undo.push(new Change(input, last.before(), after));
        } else {
            undo.push(new Change(input, before, after));
        }
        stepOpen = true;
        redo.clear();
        refresh();
    }

    /**
     * Runs {@code action} without recording the input changes it makes: for changes that follow from another
     * input by a rule (a budget split), which undoing that input re-derives.
     */
    void whileNotRecording(Runnable action) {
        boolean was = applying;
        applying = true;
        try {
            action.run();
        } finally {
            applying = was;
        }
    }

    /** Closes the current step: the next change starts a new one. */
    public void endStep() {
        stepOpen = false;
    }

    public void undo() {
        Change c = undo.poll();
        if (c != null) {
            apply(c.input(), c.before());
            redo.push(c);
        }
        stepOpen = false;
        refresh();
    }

    public void redo() {
        Change c = redo.poll();
        if (c != null) {
            apply(c.input(), c.after());
            undo.push(c);
        }
        stepOpen = false;
        refresh();
    }

    private void apply(int input, double value) {
        applying = true;
        try {
            inputs.get(input).setValue(value);
        } finally {
            applying = false;
        }
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
