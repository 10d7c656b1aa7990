package org.funnellab.ui.whatif;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.common.I18n;

/**
 * One output: its value in large type, the baseline and the change beneath it. The value label has the id
 * {@code #<output>Value}; an undefined value reads "—" and its tooltip says why.
 */
final class OutputCard extends VBox {
    private final Label value = new Label();
    private final Label baseline = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final WhatIfViewModel vm;
    private final String outputId;
    private final Unit unit;
    private final I18n i18n;
    private final String formulaText;
    private final Tooltip valueTooltip = new Tooltip();
    private String fullValue = "";
    private java.util.List<String> shorter = java.util.List.of();

    OutputCard(WhatIfViewModel vm, String outputId, I18n i18n) {
        this.vm = vm;
        this.outputId = outputId;
        this.i18n = i18n;
        this.unit = vm.outputSpecs().get(vm.model().outputIndex(outputId)).unit();
        String key = vm.model().id() + ".output." + outputId;
        this.formulaText = i18n.get(key + ".formula");
        getStyleClass().add("output-card");
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add("output-name");
        name.setWrapText(true);
        value.setId(outputId + "Value");
        value.getStyleClass().add("output-value");
        baseline.getStyleClass().add("output-baseline");
        // In a narrow card the baseline takes two lines rather than reading "Baseline: …".
        baseline.setWrapText(true);
        baseline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(name, value, baseline);
        // A narrow card shows money and counts abbreviated (1.31M ₽ / 1,31 млн ₽) rather than cut; the tooltip
        // then gives the full value.
        // The card's width decides (the label itself is only as wide as the text it shows).
        widthProperty().addListener((obs, o, n) -> fitValue());
        value.fontProperty().addListener((obs, o, n) -> fitValue());
        Tooltip.install(this, tooltip);
        vm.outputsProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    void refresh() {
        MetricValue v = vm.output(outputId);
        MetricValue b = vm.baselineOutput(outputId);
        java.util.List<String> forms = org.funnellab.ui.common.ShortForms.of(v, unit, vm.formats(), true);
        fullValue = forms.get(0);
        shorter = forms.subList(1, forms.size());
        fitValue();
        String base = i18n.get("whatif.baseline") + ": " + vm.formats().format(b, unit);
        if (v.isDefined() && b.isDefined() && Math.abs(v.value() - b.value()) > 1e-9) {
            double d = v.value() - b.value();
            base += "   " + vm.formats().delta(d, unit);
        }
        baseline.setText(base);
        tooltip.setText(v.isDefined() ? formulaText
                : formulaText + "\n" + i18n.get("reason." + v.reason().name()));
    }

    private void fitValue() {
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of(fullValue));
        forms.addAll(shorter);
        String shown = org.funnellab.ui.common.ShortForms.fitting(forms, value.getFont(),
                getWidth() - snappedLeftInset() - snappedRightInset());
        value.setText(shown);
        if (shown.equals(fullValue)) {
            value.setTooltip(null);
        } else {
            valueTooltip.setText(fullValue);
            value.setTooltip(valueTooltip);
        }
    }

    String fullValue() {
        return fullValue;
    }
}
