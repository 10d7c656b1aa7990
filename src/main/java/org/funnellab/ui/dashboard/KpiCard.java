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
    }

    void show(Kpi k) {
        value.setText(k.value());
        detail.setText(k.detailKey() == null ? " " : i18n.format(k.detailKey(), k.detailArgs().toArray()));
        String formula = i18n.format(k.formulaKey(), k.formulaArgs().toArray());
        StringBuilder text = new StringBuilder(k.defined() ? formula
                : i18n.get("reason." + k.reason().name()) + "\n" + formula);
        for (String note : k.noteKeys()) {
            text.append('\n').append(note(i18n, note));
        }
        tooltip.setText(text.toString());
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
