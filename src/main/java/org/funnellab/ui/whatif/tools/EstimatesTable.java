package org.funnellab.ui.whatif.tools;

import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.funnellab.calc.Unit;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.function.Function;

/**
 * The uncertainty window's table: per input a checkbox (take part or not), its name, and low / likely / high fields
 * ({@code #<param>Include}, {@code #<param>Low}, {@code #<param>Likely}, {@code #<param>High}). It only binds.
 */
final class EstimatesTable extends GridPane {
    private final I18n i18n;

    EstimatesTable(List<UncertainInput> rows, Function<Unit, String> unitSuffix, I18n i18n) {
        this.i18n = i18n;
        setHgap(8);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(150);
        getColumnConstraints().addAll(new ColumnConstraints(), name);
        addRow(0, new Label(), header("tools.uncertainty.input"), header("tools.uncertainty.low"),
                header("tools.uncertainty.likely"), header("tools.uncertainty.high"), new Label());
        int row = 1;
        for (UncertainInput in : rows) {
            CheckBox include = new CheckBox();
            include.setId(in.id() + "Include");
            include.selectedProperty().bindBidirectional(in.includedProperty());
            Label label = new Label(in.label());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.disableProperty().bind(in.includedProperty().not());
            TextField low = cell(in, in.lowTextProperty(), in.id() + "Low");
            TextField likely = cell(in, in.likelyTextProperty(), in.id() + "Likely");
            TextField high = cell(in, in.highTextProperty(), in.id() + "High");
            Label unit = new Label(unitSuffix.apply(in.parameter().unit()));
            unit.setMinWidth(Region.USE_PREF_SIZE);
            unit.getStyleClass().add("input-unit");
            addRow(row++, include, label, low, likely, high, unit);
        }
    }

    private static TextField cell(UncertainInput in, StringProperty text, String id) {
        TextField f = UncertaintyView.field(id, text, 7);
        f.setMinWidth(Region.USE_PREF_SIZE);
        f.disableProperty().bind(in.includedProperty().not());
        // Red when this value is not a number, or (on every cell of the row) when low ≤ likely ≤ high fails.
        Runnable decorate = () -> f.pseudoClassStateChanged(UncertaintyView.INVALID,
                in.includedProperty().get() && (!in.parses(f.getText()) || !in.validProperty().get()));
        text.addListener((obs, o, n) -> decorate.run());
        in.validProperty().addListener((obs, o, n) -> decorate.run());
        decorate.run();
        return f;
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("group-title");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }
}
