package org.funnellab.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.funnellab.ui.common.I18n;

/**
 * One KPI: its name, the value in large type (id {@code #kpi<Id>}), a second line, and a tooltip with the formula
 * and its inputs, plus the reason when the value is undefined ("—").
 */
final class KpiCard extends VBox {
    private final Label value = new Label();
    private final Label detail = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final I18n i18n;
    /** The value's full text, then its shorter forms: a card too narrow for the full one shows a shorter one. */
    private java.util.List<String> forms = java.util.List.of();
    /** The tooltip's formula and notes; the full value goes above them while a shorter form is shown. */
    private String tooltipBody = "";

    KpiCard(String id, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().addAll("output-card", "kpi-card");
        Label name = new Label(i18n.get("dashboard.kpi." + id));
        name.getStyleClass().add("output-name");
        value.setId("kpi" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        value.getStyleClass().addAll("output-value", "kpi-value");
        detail.getStyleClass().add("output-baseline");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(30));
        Tooltip.install(this, tooltip);
        value.setTooltip(tooltip);
        getChildren().addAll(name, value, detail);
        setMaxWidth(Double.MAX_VALUE);
        // the card's width decides (on a slide the type is larger, in a narrow window the card is)
        widthProperty().addListener((obs, o, n) -> fitValue());
        value.fontProperty().addListener((obs, o, n) -> fitValue());
    }

    private void fitValue() {
        String shown = org.funnellab.ui.common.ShortForms.fitting(forms, value.getFont(),
                getWidth() - snappedLeftInset() - snappedRightInset());
        value.setText(shown);
        boolean whole = forms.isEmpty() || shown.equals(forms.get(0));
        tooltip.setText(whole ? tooltipBody : forms.get(0) + "\n" + tooltipBody);
    }

    void show(Kpi k) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(k.value()));
        all.addAll(k.shorter());
        forms = all;
        detail.setText(k.detailKey() == null ? " " : i18n.format(k.detailKey(), k.detailArgs().toArray()));
        String formula = i18n.format(k.formulaKey(), k.formulaArgs().toArray());
        StringBuilder text = new StringBuilder(k.defined() ? formula
                : i18n.get("reason." + k.reason().name()) + "\n" + formula);
        for (String note : k.noteKeys()) {
            text.append('\n').append(note(i18n, note));
        }
        tooltipBody = text.toString();
        fitValue();
    }

    /** {@code key} translated, or {@code key=a,b} as key's text with the translated a, b as its argument. */
    static String note(I18n i18n, String note) {
        int eq = note.indexOf('=');
        if (eq < 0) {
            return i18n.get(note);
        }
        java.util.List<String> terms = new java.util.ArrayList<>();
        for (String t : note.substring(eq + 1).split(",")) {
            if (!t.isBlank()) {
                terms.add(i18n.get(t));
            }
        }
        return i18n.format(note.substring(0, eq), String.join(", ", terms));
    }

    String tooltipText() {
        return tooltip.getText();
    }

    Label valueLabel() {
        return value;
    }
}
