package org.funnellab.ui.whatif.tools;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Sensitivity;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.WhatIfViewModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity of one output of a what-if panel: every input moved ±N % from its current value, the others held
 * ({@link Sensitivity#tornado}). Recomputed whenever the output, N or the panel's inputs change; it costs two model
 * evaluations per input, so it is done at once.
 */
public final class SensitivityViewModel {
    /** Smallest and largest variation the user may choose, in percent. */
    public static final int MIN_PERCENT = 1;
    public static final int MAX_PERCENT = 50;
    public static final int DEFAULT_PERCENT = 10;

    /** One defined bar, ready to draw: output at the input's low and high value, and the inputs as text. */
    public record Bar(String parameterId, String label, double lowOutput, double highOutput, double swing,
                      String lowInputText, String highInputText) {
    }

    /** The chart's content: bars sorted by swing, largest first, and why the others could not be computed. */
    public record Chart(Unit unit, MetricValue baseOutput, List<Bar> bars, List<String> undefined) {
    }

    private final WhatIfViewModel panel;
    private final I18n i18n;
    private final Formats formats;
    private final ObjectProperty<String> output = new SimpleObjectProperty<>();
    private final IntegerProperty percent = new SimpleIntegerProperty(DEFAULT_PERCENT);
    private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper baseText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undefinedText = new ReadOnlyStringWrapper("");
    // Held here so the panel, which outlives this tool's window, only keeps a weak reference to it.
    private final ChangeListener<MetricValue[]> onPanelChange = (obs, o, n) -> refresh();

    public SensitivityViewModel(WhatIfViewModel panel, I18n i18n) {
        this.panel = panel;
        this.i18n = i18n;
        this.formats = panel.formats();
        output.addListener((obs, o, n) -> refresh());
        percent.addListener((obs, o, n) -> refresh());
        panel.outputsProperty().addListener(new WeakChangeListener<>(onPanelChange));
    }

    /** The output the panel is about: where the tool starts. */
    public String headlineOutput() {
        return panel.model().headlineOutput();
    }

    public List<String> outputs() {
        return panel.outputSpecs().stream().map(OutputSpec::id).toList();
    }

    public String outputLabel(String outputId) {
        return ToolLabels.output(i18n, panel.model().id(), outputId);
    }

    public ObjectProperty<String> outputProperty() {
        return output;
    }

    /** N, the variation in percent (1–50); values outside are clamped. */
    public IntegerProperty percentProperty() {
        return percent;
    }

    public ReadOnlyObjectProperty<Chart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** "Now: 125 h" — the output at the current inputs, where the bars start. */
    public ReadOnlyStringProperty baseTextProperty() {
        return baseText.getReadOnlyProperty();
    }

    /** One line per reason some bars are undefined, naming those inputs; empty when all are defined. */
    public ReadOnlyStringProperty undefinedTextProperty() {
        return undefinedText.getReadOnlyProperty();
    }

    /** Recomputes the bars for the current inputs (nothing when no output is chosen). */
    public void refresh() {
        String outputId = output.get();
        if (outputId == null) {
            chart.set(null);
            baseText.set("");
            undefinedText.set("");
            return;
        }
        int p = Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent.get()));
        int outputIndex = panel.model().outputIndex(outputId);
        Unit unit = panel.outputSpecs().get(outputIndex).unit();
        Sensitivity.Tornado t = Sensitivity.tornado(panel.model(), panel.currentValues(), outputIndex, p / 100.0);
        List<Parameter> ps = panel.model().parameters();
        List<Bar> bars = new ArrayList<>();
        // Undefined bars grouped by reason: one line per reason naming its inputs, not ten copies of one sentence.
        Map<UndefinedReason, List<String>> undefinedByReason = new EnumMap<>(UndefinedReason.class);
        for (Sensitivity.Bar b : t.bars()) {
            String label = ToolLabels.parameter(i18n, panel.model().id(), b.parameterId());
            if (b.swing().isDefined()) {
                Unit inUnit = ps.get(b.parameterIndex()).unit();
                bars.add(new Bar(b.parameterId(), label, b.lowOutput().value(), b.highOutput().value(),
                        b.swing().value(), formats.format(b.lowInput(), inUnit), formats.format(b.highInput(), inUnit)));
            } else {
                undefinedByReason.computeIfAbsent(b.swing().reason(), r -> new ArrayList<>()).add(label);
            }
        }
        List<String> undefined = new ArrayList<>();
        undefinedByReason.forEach((reason, labels) -> undefined.add(i18n.format("tools.sensitivity.undefinedGroup",
                i18n.get("reason." + reason.name()), String.join(", ", labels))));
        baseText.set(i18n.format("tools.sensitivity.base", formats.format(t.baseOutput(), unit)));
        undefinedText.set(String.join("\n", undefined));
        chart.set(new Chart(unit, t.baseOutput(), List.copyOf(bars), List.copyOf(undefined)));
    }

    /** The value of an output as text, in that output's unit (for tooltips). */
    public String format(double value) {
        Chart c = chart.get();
        return c == null ? "" : formats.format(value, c.unit());
    }
}
