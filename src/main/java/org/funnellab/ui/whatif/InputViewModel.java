package org.funnellab.ui.whatif;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.funnellab.calc.Parameter;
import org.funnellab.ui.common.Formats;

/**
 * One what-if input: its value (model units: shares are fractions), the baseline measured from data, the slider range,
 * and the text a user types. Typed text is validated here; the view only decorates.
 */
public final class InputViewModel {
    private final Parameter parameter;
    private final Formats formats;
    private final DoubleProperty value = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper baseline = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper();
    private final StringProperty editText = new SimpleStringProperty("");
    private final BooleanProperty editValid = new SimpleBooleanProperty(true);
    private final BooleanBinding changed;
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.funnellab.domain.UndefinedReason> notMeasured =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    InputViewModel(Parameter parameter, double baselineValue, Formats formats) {
        this.parameter = parameter;
        this.formats = formats;
        this.min.set(Math.min(parameter.min(), baselineValue));
        this.max.set(Math.max(parameter.max(), roomAbove(baselineValue)));
        this.baseline.set(baselineValue);
        this.value.set(baselineValue);
        this.changed = Bindings.createBooleanBinding(
                () -> Math.abs(value.get() - baseline.get()) > 1e-9 * Math.max(1, Math.abs(baseline.get())),
                value, baseline);
        editText.set(formats.editText(parameter.unit(), baselineValue));
        value.addListener((obs, o, n) -> editText.set(formats.editText(parameter.unit(), n.doubleValue())));
        editText.addListener((obs, o, n) -> {
            refusal.set(refusalOf(formats.parseEdit(parameter.unit(), n)));
            editValid.set(refusal.get() == null);
        });
    }

    /** Why typed text is not applied. */
    public enum Refusal { NOT_A_NUMBER, NEGATIVE, SHARE_OVER_100 }

    private final javafx.beans.property.ReadOnlyObjectWrapper<Refusal> refusal =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /**
     * Why the typed text would be refused, null when it is acceptable: a number, not negative, and a share at most
     * 100 %.
     */
    private Refusal refusalOf(Double v) {
        if (v == null) {
            return Refusal.NOT_A_NUMBER;
        }
        if (v < 0) {
            return Refusal.NEGATIVE;
        }
        return parameter.unit() == org.funnellab.calc.Unit.SHARE && v > 1 ? Refusal.SHARE_OVER_100 : null;
    }

    /** Why the text in the field is refused (the field's tooltip says it), null while it is acceptable. */
    public javafx.beans.property.ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /**
     * Why the data could not give this input's baseline (its value is then an assumption or an example), null when
     * it was measured or is an assumption by nature.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<org.funnellab.domain.UndefinedReason> notMeasuredProperty() {
        return notMeasured.getReadOnlyProperty();
    }

    public void setNotMeasured(org.funnellab.domain.UndefinedReason reason) {
        notMeasured.set(reason);
    }

    public Parameter parameter() {
        return parameter;
    }

    public String id() {
        return parameter.id();
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public double value() {
        return value.get();
    }

    public void setValue(double v) {
        if (v > max.get()) {
            max.set(v);
        }
        if (v < min.get()) {
            min.set(v);
        }
        value.set(v);
    }

    public ReadOnlyDoubleProperty baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    public double baseline() {
        return baseline.get();
    }

    void setBaseline(double b) {
        if (b > max.get()) {
            max.set(roomAbove(b));
        }
        baseline.set(b);
    }

    /**
     * A slider maximum for a baseline beyond the range: three times it (shares stop at 100 %), so the measured value
     * sits inside the slider with room to move up rather than pinned at its end.
     */
    private double roomAbove(double b) {
        if (parameter.unit() == org.funnellab.calc.Unit.SHARE) {
            return Math.max(1, b);
        }
        return Math.max(b, Math.ceil(b * 3));
    }

    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    public ReadOnlyBooleanProperty editValidProperty() {
        return editValid;
    }

    public BooleanBinding changedProperty() {
        return changed;
    }

    /**
     * Applies the typed text: a valid number becomes the value (a value beyond the slider's range widens it);
     * invalid text is left for the user to fix and changes nothing. Returns whether it was applied.
     */
    public boolean commitEdit() {
        if (editText.get() != null && editText.get().equals(formats.editText(parameter.unit(), value.get()))) {
            // Untouched text shows a rounded value: committing it must not move the exact one.
            editValid.set(true);
            return true;
        }
        if (editText.get() != null && editText.get().equals(formats.editText(parameter.unit(), baseline.get()))) {
            // The baseline typed back as it is shown (rounded): the baseline itself, not its rounding.
            value.set(baseline.get());
            editText.set(formats.editText(parameter.unit(), value.get()));
            editValid.set(true);
            refusal.set(null);
            return true;
        }
        Double parsed = formats.parseEdit(parameter.unit(), editText.get());
        Refusal why = refusalOf(parsed);
        if (why != null) {
            refusal.set(why);
            editValid.set(false);
            return false;
        }
        setValue(parsed);
        editText.set(formats.editText(parameter.unit(), value.get()));
        return true;
    }

    public void reset() {
        value.set(baseline.get());
    }

    /** The value as the user reads it, e.g. "50%" or "₽100,000". */
    public String displayValue() {
        return formats.format(value.get(), parameter.unit());
    }
}
