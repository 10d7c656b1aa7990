package org.funnellab.ui.whatif.tools;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.funnellab.calc.GoalSeek;
import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.InputViewModel;
import org.funnellab.ui.whatif.WhatIfViewModel;

import java.util.List;

/**
 * Goal seek on a what-if panel: the user picks an output, types a target and picks one input; {@link #run()} finds
 * the input value, within that input's slider range and with every other input as it is now, that reaches the target
 * ({@link GoalSeek}). {@link #apply()} moves the input there as one undo step.
 */
public final class GoalSeekViewModel {
    /** What the last run found. */
    public enum Status { NONE, FOUND, NOT_REACHABLE, NEVER_DEFINED }

    private final WhatIfViewModel panel;
    private final I18n i18n;
    private final Formats formats;
    private final ObjectProperty<String> output = new SimpleObjectProperty<>();
    private final ObjectProperty<String> input = new SimpleObjectProperty<>();
    private final StringProperty targetText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper targetValid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper targetUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRun;
    private double foundValue;
    private String foundInput;
    private boolean applying;
    // An answer found for other inputs would mislead: drop it when the panel moves (held here, weakly listened to).
    private final ChangeListener<MetricValue[]> onPanelChange = (obs, o, n) -> {
        if (!applying) {
            clearResult();
        }
    };

    public GoalSeekViewModel(WhatIfViewModel panel, I18n i18n) {
        this.panel = panel;
        this.i18n = i18n;
        this.formats = panel.formats();
        canRun = Bindings.createBooleanBinding(() -> output.get() != null && input.get() != null && targetValid.get(),
                output, input, targetValid);
        targetText.addListener((obs, o, n) -> validateTarget());
        output.addListener((obs, o, n) -> {
            targetUnit.set(n == null ? "" : formats.unitSuffix(outputUnit(n)));
            validateTarget();
        });
        input.addListener((obs, o, n) -> clearResult());
        panel.outputsProperty().addListener(new WeakChangeListener<>(onPanelChange));
    }

    private void validateTarget() {
        targetValid.set(parsedTarget() != null);
        clearResult();
    }

    private Double parsedTarget() {
        String o = output.get();
        return formats.parseEdit(o == null ? Unit.COUNT : outputUnit(o), targetText.get());
    }

    private Unit outputUnit(String outputId) {
        return panel.outputSpecs().get(panel.model().outputIndex(outputId)).unit();
    }

    private void clearResult() {
        status.set(Status.NONE);
        resultText.set("");
        canApply.set(false);
    }

    /**
     * A sensible start when the dialog opens: the panel's headline output and the first input, so a user who only types a
     * target can run at once. Choices already made are kept; the target stays the user's to type.
     */
    public void suggestStart() {
        if (output.get() == null && !outputs().isEmpty()) {
            output.set(panel.model().headlineOutput());
        }
        if (input.get() == null && !inputs().isEmpty()) {
            input.set(inputs().get(0));
        }
    }

    /** Output ids in the model's order. */
    public List<String> outputs() {
        return panel.outputSpecs().stream().map(OutputSpec::id).toList();
    }

    /** Input ids in the model's order. */
    public List<String> inputs() {
        return panel.model().parameters().stream().map(Parameter::id).toList();
    }

    public String outputLabel(String outputId) {
        return ToolLabels.output(i18n, panel.model().id(), outputId);
    }

    public String inputLabel(String parameterId) {
        return ToolLabels.parameter(i18n, panel.model().id(), parameterId);
    }

    public ObjectProperty<String> outputProperty() {
        return output;
    }

    public ObjectProperty<String> inputProperty() {
        return input;
    }

    /** The target as typed, in the output's display unit (percent for shares), in the locale's number format. */
    public StringProperty targetTextProperty() {
        return targetText;
    }

    public ReadOnlyBooleanProperty targetValidProperty() {
        return targetValid.getReadOnlyProperty();
    }

    /** The unit written after the target field ("h", "%", "₽"...). */
    public ReadOnlyStringProperty targetUnitProperty() {
        return targetUnit.getReadOnlyProperty();
    }

    /** True when an output and an input are chosen and the target is a number. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** The input value found by the last run (meaningful when the status is FOUND). */
    public double foundValue() {
        return foundValue;
    }

    /** Seeks the target; does nothing and returns false when the choice is incomplete or the target is not a number. */
    public boolean run() {
        if (!canRun.get()) {
            return false;
        }
        double target = parsedTarget();
        String outputId = output.get();
        String inputId = input.get();
        InputViewModel in = panel.input(inputId);
        double min = in.minProperty().get();
        double max = in.maxProperty().get();
        Unit outUnit = outputUnit(outputId);
        Unit inUnit = in.parameter().unit();
        GoalSeek.Result r = GoalSeek.seek(panel.model(), panel.currentValues(), panel.model().outputIndex(outputId),
                target, panel.model().parameterIndex(inputId), min, max);
        if (r instanceof GoalSeek.Found f) {
            foundValue = f.input();
            foundInput = inputId;
            status.set(Status.FOUND);
            resultText.set(i18n.format("tools.goalSeek.found", inputLabel(inputId),
                    formats.format(f.input(), inUnit), formats.format(target, outUnit)));
            canApply.set(true);
        } else if (r instanceof GoalSeek.NotReachable nr) {
            status.set(Status.NOT_REACHABLE);
            resultText.set(i18n.format("tools.goalSeek.notReachable", formats.format(min, inUnit),
                    formats.format(max, inUnit), formats.format(nr.lowestOutput(), outUnit),
                    formats.format(nr.highestOutput(), outUnit)));
            canApply.set(false);
        } else if (r instanceof GoalSeek.NeverDefined nd) {
            status.set(Status.NEVER_DEFINED);
            resultText.set(i18n.format("tools.goalSeek.neverDefined", formats.format(min, inUnit),
                    formats.format(max, inUnit), i18n.get("reason." + nd.reason().name())));
            canApply.set(false);
        }
        return true;
    }

    /** Sets the input to the value found, as one undo step. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        applying = true;
        try {
            panel.history().endStep();
            panel.input(foundInput).setValue(foundValue);
            panel.history().endStep();
        } finally {
            applying = false;
        }
        canApply.set(false);
    }
}
