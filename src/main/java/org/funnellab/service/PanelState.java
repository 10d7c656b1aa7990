package org.funnellab.service;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The working state of one what-if panel, free of any toolkit so it outlives the panel's screen (a language or theme
 * switch rebuilds screens; a filter change rebuilds the planner): the inputs the user moved away from the baseline
 * (parameter id → value) and the session's undo and redo steps. A panel's view model reads it when built and writes
 * every change into it; the owner ({@link WorkingState}) autosaves it.
 */
public final class PanelState {
    /**
     * One undoable change of one input; {@code withPrevious}: undone and redone together with the step below it
     * (one user action that moved several inputs, e.g. "move 10 % from A to B").
     */
    public record Step(String input, double before, double after, boolean withPrevious) {
        public Step(String input, double before, double after) {
            this(input, before, after, false);
        }
    }

    private final Map<String, Double> moved = new LinkedHashMap<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Runnable onChange = () -> { };
    private long attachments;

    /** Inputs the user moved: parameter id → value. Read-only view. */
    public Map<String, Double> moved() {
        return Collections.unmodifiableMap(moved);
    }

    public void put(String input, double value) {
        Double old = moved.put(input, value);
        if (old == null || old != value) {
            changed();
        }
    }

    public void remove(String input) {
        if (moved.remove(input) != null) {
            changed();
        }
    }

    /** Replaces the moved inputs (a scenario opened, a saved state restored); keeps the undo history. */
    public void replaceMoved(Map<String, Double> values) {
        moved.clear();
        moved.putAll(values);
        changed();
    }

    /** Undo steps, newest first. The panel's history edits it and calls {@link #changed()}. */
    public Deque<Step> undo() {
        return undo;
    }

    /** Redo steps, newest first. */
    public Deque<Step> redo() {
        return redo;
    }

    /** Tells the owner the state changed (for autosave). */
    public void changed() {
        onChange.run();
    }

    void onChange(Runnable r) {
        this.onChange = r;
    }

    /** Counts the view models built over this state (each screen build adds one). */
    public void attached() {
        attachments++;
    }

    /** How many view models were ever built over this state: a check that old screens stop reacting. */
    public long attachments() {
        return attachments;
    }
}
