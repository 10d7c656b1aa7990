package org.funnellab.ui.whatif.tools;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Triangular;
import org.funnellab.ui.common.Formats;

/**
 * One row of the uncertainty table: an input's three-point estimate (low ≤ likely ≤ high) as the user types it,
 * in the input's display unit, and whether the input takes part in the simulation. Validated here.
 */
public final class UncertainInput {
    /** Default spread of low and high around the likely value. */
    public static final double DEFAULT_SPREAD = 0.2;

    private final Parameter parameter;
    private final String label;
    private final Formats formats;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final StringProperty lowText = new SimpleStringProperty();
    private final StringProperty likelyText = new SimpleStringProperty();
    private final StringProperty highText = new SimpleStringProperty();
    private final BooleanBinding valid;

    UncertainInput(Parameter parameter, String label, double likely, Formats formats) {
        this.parameter = parameter;
        this.label = label;
        this.formats = formats;
        // Defaults stay inside the slider range (a 90 % share does not become 108 %), unless likely is beyond it.
        double low = Math.max(Math.min(parameter.min(), likely), likely * (1 - DEFAULT_SPREAD));
        double high = Math.min(Math.max(parameter.max(), likely), likely * (1 + DEFAULT_SPREAD));
        lowText.set(formats.editText(parameter.unit(), low));
        likelyText.set(formats.editText(parameter.unit(), likely));
        highText.set(formats.editText(parameter.unit(), high));
        valid = Bindings.createBooleanBinding(() -> !included.get() || estimate() != null,
                included, lowText, likelyText, highText);
    }

    public String id() {
        return parameter.id();
    }

    public String label() {
        return label;
    }

    public Parameter parameter() {
        return parameter;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public StringProperty lowTextProperty() {
        return lowText;
    }

    public StringProperty likelyTextProperty() {
        return likelyText;
    }

    public StringProperty highTextProperty() {
        return highText;
    }

    /** False when the row takes part but a value is not a number or low ≤ likely ≤ high does not hold. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** True when the text is a number (for decorating one cell). */
    public boolean parses(String text) {
        Double v = formats.parseEdit(parameter.unit(), text);
        return v != null && Double.isFinite(v);
    }

    /** The estimate as typed, or null when it is not valid. */
    public Triangular estimate() {
        Double low = formats.parseEdit(parameter.unit(), lowText.get());
        Double likely = formats.parseEdit(parameter.unit(), likelyText.get());
        Double high = formats.parseEdit(parameter.unit(), highText.get());
        if (low == null || likely == null || high == null || !(low <= likely && likely <= high)
                || !Double.isFinite(low) || !Double.isFinite(high)) {
            return null;
        }
        return new Triangular(low, likely, high);
    }

    /** What the simulation draws this input from: null (held at its current value) when not included. */
    Triangular distribution() {
        return included.get() ? estimate() : null;
    }
}
