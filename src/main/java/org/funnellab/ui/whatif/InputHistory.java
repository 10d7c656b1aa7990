package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.funnellab.service.PanelState;
import org.funnellab.service.PanelState.Step;

import java.util.Deque;
import java.util.List;

/**
 * Undo/redo of what-if input changes. A slider drag produces many ticks; consecutive changes of the same input
 * merge into one step until {@link #endStep()} (called when a drag ends or a typed value is committed).
 * The steps live in the panel's {@link PanelState}, so they outlive this panel's screen (a language or theme switch)
 * and are saved with it; a step of an input the panel no longer has (a channel gone from the data) is skipped.
 */
public final class InputHistory {
    private final List<InputViewModel> inputs;
    private final PanelState state;
    private final Deque<Step> undo;
    private final Deque<Step> redo;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private boolean applying;
    private boolean stepOpen;

    InputHistory(List<InputViewModel> inputs, PanelState state) {
        this.inputs = inputs;
        this.state = state;
        this.undo = state.undo();
        this.redo = state.redo();
        for (InputViewModel in : inputs) {
            in.valueProperty().addListener((obs, o, n) -> record(in.id(), o.doubleValue(), n.doubleValue()));
        }
        refresh();
    }

    private void record(String input, double before, double after) {
        if (applying || before == after) {
            return;
        }
        Step last = undo.peek();
        if (stepOpen && last != null && last.input().equals(input)) {
            undo.pop();
            undo.push(new Step(input, last.before(), after, last.withPrevious()));
        } else {
            undo.push(new Step(input, before, after));
        }
        stepOpen = true;
        redo.clear();
        refresh();
        state.changed();
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

    /**
     * Runs {@code action} as one undo step, however many inputs it moves: undo puts them all back at once.
     */
    public void asOneStep(Runnable action) {
        endStep();
        int before = undo.size();
        action.run();
        endStep();
        int added = undo.size() - before;
        if (added > 1) {
            java.util.ArrayDeque<Step> top = new java.util.ArrayDeque<>();
            for (int i = 0; i < added; i++) {
                top.push(undo.pop());
            }
            // top now holds the new steps oldest first; all but the oldest go with the one before them
            boolean first = true;
            while (!top.isEmpty()) {
                Step st = top.pop();
                undo.push(new Step(st.input(), st.before(), st.after(), !first));
                first = false;
            }
            state.changed();
        }
    }

    /** Closes the current step: the next change starts a new one. */
    public void endStep() {
        stepOpen = false;
    }

    public void undo() {
        Step c;
        while ((c = undo.poll()) != null && input(c.input()) == null) {
            // an input this panel no longer has: drop the step
        }
        while (c != null) {
            apply(input(c.input()), c.before());
            redo.push(c);
            if (!c.withPrevious()) {
                break;
            }
            // the rest of one action: the steps below, down to the first of them
            while ((c = undo.poll()) != null && input(c.input()) == null) {
                // dropped
            }
        }
        stepOpen = false;
        refresh();
        state.changed();
    }

    public void redo() {
        Step c;
        while ((c = redo.poll()) != null && input(c.input()) == null) {
            // an input this panel no longer has: drop the step
        }
        while (c != null) {
            apply(input(c.input()), c.after());
            undo.push(c);
            if (redo.peek() == null || !redo.peek().withPrevious()) {
                break;
            }
            c = redo.poll();
            if (input(c.input()) == null) {
                break;
            }
        }
        stepOpen = false;
        refresh();
        state.changed();
    }

    private InputViewModel input(String id) {
        for (InputViewModel in : inputs) {
            if (in.id().equals(id)) {
                return in;
            }
        }
        return null;
    }

    private void apply(InputViewModel input, double value) {
        applying = true;
        try {
            input.setValue(value);
        } finally {
            applying = false;
        }
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** Steps that can be undone now (for tests and the status line). */
    public int undoSteps() {
        return undo.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
