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
        tooltip.setText(k.defined() ? formula : i18n.get("reason." + k.reason().name()) + "\n" + formula);
    }

    Label valueLabel() {
        return value;
    }
}
