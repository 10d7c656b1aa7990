package org.funnellab.ui.whatif;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.PanelState;
import org.funnellab.ui.common.Formats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * State of one what-if panel: an input per model parameter, and the model's outputs for the current inputs and for
 * the baseline. Every input change recomputes the outputs at once, in memory — never touching the database.
 */
public class WhatIfViewModel {
    private final WhatIfModel model;
    private final RangedModel ranged;
    private final Formats formats;
    private final List<InputViewModel> inputs;
    private final ReadOnlyObjectWrapper<MetricValue[]> outputs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricValue[]> baselineOutputs = new ReadOnlyObjectWrapper<>();
    private final InputHistory history;
    private final PanelState state;
    private final javafx.beans.property.ReadOnlyBooleanWrapper example =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<MetricSettings> settings = new ReadOnlyObjectWrapper<>();
    private long recomputeCount;
    private Runnable openSettings;
    private final javafx.beans.property.ReadOnlyLongWrapper negativeCycles =
            new javafx.beans.property.ReadOnlyLongWrapper();

    /** Which workspace settings a panel's figures depend on, named in its header. */
    public enum NamedSettings {
        NONE, COSTS, COSTS_AND_CLV
    }

    public WhatIfViewModel(WhatIfModel model, double[] baseline, Formats formats) {
        this(model, baseline, formats, new PanelState());
    }

    /**
     * A panel over a working state that outlives it: the inputs the state says were moved start at their moved
     * values, its undo history continues, and every change is written back into it.
     */
    public WhatIfViewModel(WhatIfModel model, double[] baseline, Formats formats, PanelState state) {
        this.model = model;
        this.state = state;
        this.formats = formats;
        List<Parameter> ps = model.parameters();
        if (baseline.length != ps.size()) {
            throw new IllegalArgumentException("baseline has " + baseline.length + " values for " + ps.size() + " inputs");
        }
        List<InputViewModel> list = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            InputViewModel in = new InputViewModel(ps.get(i), baseline[i], formats);
            in.valueProperty().addListener((obs, o, n) -> recompute());
            list.add(in);
        }
        this.inputs = Collections.unmodifiableList(list);
        this.ranged = new RangedModel(model, this.inputs);
        this.history = new InputHistory(inputs, state);
        history.whileNotRecording(() -> state.moved().forEach((id, v) -> {
            InputViewModel in = find(id);
            if (in != null) {
                in.setValue(v);
            }
        }));
        for (InputViewModel in : inputs) {
            in.valueProperty().addListener((obs, o, n) -> writeToState(in));
        }
        state.attached();
        baselineOutputs.set(model.evaluate(baseline.clone()));
        recompute();
    }

    private InputViewModel find(String id) {
        for (InputViewModel in : inputs) {
            if (in.id().equals(id)) {
                return in;
            }
        }
        return null;
    }

    /** The working state this panel reads and writes. */
    public PanelState state() {
        return state;
    }

    private void writeToState(InputViewModel in) {
        if (in.changedProperty().get()) {
            state.put(in.id(), in.value());
        } else {
            state.remove(in.id());
        }
    }

    /**
     * Shows the working state after it was replaced from outside (a scenario opened, a saved state restored):
     * moved inputs take their values, the others return to the baseline. Not an undo step.
     */
    public void applyState() {
        history.endStep();
        java.util.Map<String, Double> moved = new java.util.HashMap<>(state.moved());
        history.whileNotRecording(() -> {
            for (InputViewModel in : inputs) {
                Double v = moved.get(in.id());
                in.setValue(v != null ? v : in.baseline());
            }
        });
        stateApplied();
    }

    /** Hook for panels whose derived values follow the inputs (the planner's total). */
    protected void stateApplied() {
    }

    /** Undo/redo of input changes (Ctrl+Z / Ctrl+Shift+Z). */
    public InputHistory history() {
        return history;
    }

    /**
     * The panel's model as goal seek, sensitivity and Monte Carlo must see it: the same formulas, with each parameter's
     * range the slider's current one (which widens for measured baselines and typed values), so no tool clamps a
     * value the panel itself shows.
     */
    public WhatIfModel model() {
        return ranged;
    }

    /**
     * {@link #model()} as it is now, detached from the sliders: what work on another thread (Monte Carlo) evaluates.
     * Call on the FX thread; moving a slider afterwards does not change it.
     */
    public WhatIfModel modelSnapshot() {
        return ranged.snapshot();
    }

    public Formats formats() {
        return formats;
    }

    public List<InputViewModel> inputs() {
        return inputs;
    }

    public InputViewModel input(String parameterId) {
        return inputs.get(model.parameterIndex(parameterId));
    }

    public List<OutputSpec> outputSpecs() {
        return model.outputs();
    }

    public ReadOnlyObjectProperty<MetricValue[]> outputsProperty() {
        return outputs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricValue[]> baselineOutputsProperty() {
        return baselineOutputs.getReadOnlyProperty();
    }

    public MetricValue output(String outputId) {
        return outputs.get()[model.outputIndex(outputId)];
    }

    public MetricValue baselineOutput(String outputId) {
        return baselineOutputs.get()[model.outputIndex(outputId)];
    }

    /** The output formatted for the screen ("—" when undefined). */
    public String outputText(String outputId) {
        return formats.format(output(outputId), model.outputs().get(model.outputIndex(outputId)).unit());
    }

    public String baselineOutputText(String outputId) {
        return formats.format(baselineOutput(outputId), model.outputs().get(model.outputIndex(outputId)).unit());
    }

    public double[] currentValues() {
        double[] v = new double[inputs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = inputs.get(i).value();
        }
        return v;
    }

    public double[] baselineValues() {
        double[] v = new double[inputs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = inputs.get(i).baseline();
        }
        return v;
    }

    /** New baseline (e.g. after filters change or data is imported); inputs the user did not touch follow it. */
    public void setBaseline(double[] baseline) {
        // New data is not a user's change: it must not become an undo step.
        history.endStep();
        history.whileNotRecording(() -> {
            for (int i = 0; i < inputs.size(); i++) {
                InputViewModel in = inputs.get(i);
                boolean untouched = !in.changedProperty().get();
                in.setBaseline(baseline[i]);
                if (untouched) {
                    in.setValue(baseline[i]);
                }
            }
        });
        for (InputViewModel in : inputs) {
            writeToState(in);
        }
        baselineOutputs.set(model.evaluate(baseline.clone()));
        recompute();
    }

    /**
     * Marks the inputs the data could not measure (parameter id → why); every other input is measured or an
     * assumption by nature. Ids the panel does not have are ignored.
     */
    public void setUnmeasured(Map<String, UndefinedReason> unmeasured) {
        for (InputViewModel in : inputs) {
            in.setNotMeasured(unmeasured.get(in.id()));
        }
    }

    /**
     * What the panel's baseline stands on: {@code example} when the selection holds no data, so the values are
     * examples; {@code settings} the workspace settings its figures follow (null before a workspace is read).
     */
    public void setContext(boolean isExample, MetricSettings workspaceSettings) {
        example.set(isExample);
        settings.set(workspaceSettings);
    }

    /** Won deals closed before they were created, left out of the measured cycle (shown where the cycle is used). */
    public void setNegativeCycles(long count) {
        negativeCycles.set(count);
    }

    public javafx.beans.property.ReadOnlyLongProperty negativeCyclesProperty() {
        return negativeCycles.getReadOnlyProperty();
    }

    /** True for a panel whose baseline uses the measured sales cycle. */
    public boolean usesSalesCycle() {
        return false;
    }

    /** True when the panel shows example values, not the workspace's data. */
    public javafx.beans.property.ReadOnlyBooleanProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MetricSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** What "Workspace settings…" in the panel's header opens (set by the app; nothing by default). */
    public void setOnOpenSettings(Runnable action) {
        openSettings = action;
    }

    /** Opens the workspace settings, when the app has said how. */
    public void openSettings() {
        if (openSettings != null) {
            openSettings.run();
        }
    }

    public boolean canOpenSettings() {
        return openSettings != null;
    }

    /** The settings this panel names in its header (CAC cost categories, shared costs, CLV assumptions). */
    public NamedSettings namedSettings() {
        return NamedSettings.NONE;
    }

    public void resetToBaseline() {
        history.endStep();
        inputs.forEach(in -> {
            in.reset();
            history.endStep();
        });
    }

    public boolean anyChanged() {
        return inputs.stream().anyMatch(i -> i.changedProperty().get());
    }

    /** How many times outputs were recomputed: one per input change. */
    public long recomputeCount() {
        return recomputeCount;
    }

    private void recompute() {
        recomputeCount++;
        outputs.set(model.evaluate(currentValues()));
    }
}
