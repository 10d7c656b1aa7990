package org.funnellab.ui.whatif;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.funnellab.ui.common.I18n;

/**
 * One input on a what-if panel: name, slider with a baseline marker, a typed value field and a reset button.
 * Controls have stable ids ({@code #<param>Slider}, {@code #<param>Field}, {@code #<param>Reset}) for tests.
 */
final class InputRow extends VBox {
    /** Half the slider thumb: the track where values map to pixels is inset by it on each side. */
    private static final double THUMB_INSET = 8;

    InputRow(InputViewModel vm, InputHistory history, String modelId, I18n i18n,
             org.funnellab.ui.common.Formats formats) {
        this(vm, history, i18n.get(modelId + ".param." + vm.id()), vm.id(), i18n, formats);
    }

    /**
     * A row with a literal label (e.g. a channel's own name, which is data, not a translation key) and its own
     * id stem for the controls, for parameter ids that are not valid CSS ids.
     */
    InputRow(InputViewModel vm, InputHistory history, String label, String id, I18n i18n,
             org.funnellab.ui.common.Formats formats) {
        getStyleClass().add("input-row");
        Label name = new Label(label);
        name.getStyleClass().add("input-name");
        name.setWrapText(true);
        HBox title = new HBox(6, name);
        title.setAlignment(Pos.CENTER_LEFT);
        if (vm.parameter().assumption()) {
            Label badge = new Label(i18n.get("whatif.assumption"));
            badge.getStyleClass().add("assumption-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(i18n.get("whatif.assumption.tooltip")));
            title.getChildren().add(badge);
        }

        Label notMeasured = new Label(i18n.get("whatif.notMeasured"));
        notMeasured.setId(id + "NotMeasured");
        notMeasured.getStyleClass().add("not-measured-badge");
        notMeasured.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip why = new Tooltip();
        notMeasured.setTooltip(why);
        Runnable showNotMeasured = () -> {
            var reason = vm.notMeasuredProperty().get();
            notMeasured.setVisible(reason != null);
            notMeasured.setManaged(reason != null);
            why.setText(reason == null ? "" : i18n.format("whatif.notMeasured.tooltip",
                    i18n.get("reason." + reason.name())));
        };
        vm.notMeasuredProperty().addListener((obs, o, n) -> showNotMeasured.run());
        showNotMeasured.run();
        title.getChildren().add(notMeasured);

        Slider slider = new Slider();
        slider.setId(id + "Slider");
        slider.minProperty().bind(vm.minProperty());
        slider.maxProperty().bind(vm.maxProperty());
        slider.valueProperty().bindBidirectional(vm.valueProperty());
        slider.setFocusTraversable(true);
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                history.endStep();
            }
        });

        Polygon marker = new Polygon(0, 0, 5, 7, -5, 7);
        marker.getStyleClass().add("baseline-marker");
        marker.setManaged(false);
        Pane markerLayer = new Pane(marker);
        markerLayer.setMouseTransparent(true);
        marker.layoutXProperty().bind(Bindings.createDoubleBinding(() -> {
            double range = vm.maxProperty().get() - vm.minProperty().get();
            double f = range <= 0 ? 0 : (vm.baseline() - vm.minProperty().get()) / range;
            return THUMB_INSET + f * Math.max(0, markerLayer.getWidth() - 2 * THUMB_INSET);
        }, vm.baselineProperty(), vm.minProperty(), vm.maxProperty(), markerLayer.widthProperty()));
        marker.layoutYProperty().bind(markerLayer.heightProperty().subtract(8));
        Tooltip.install(slider, new Tooltip(i18n.get("whatif.baselineMarker")));
        StackPane sliderWithMarker = new StackPane(slider, markerLayer);
        HBox.setHgrow(sliderWithMarker, Priority.ALWAYS);

        TextField field = new TextField();
        field.setId(id + "Field");
        field.setPrefColumnCount(8);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(vm.editTextProperty());
        field.setOnAction(e -> {
            vm.commitEdit();
            history.endStep();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.commitEdit();
                history.endStep();
            }
        });
        vm.editValidProperty().addListener((obs, o, valid) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !valid));
        Tooltip fieldTip = new Tooltip();
        // A refused value says why; otherwise the tooltip explains the field.
        fieldTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.refusalProperty().get() == null ? i18n.get("whatif.field.tooltip")
                        : i18n.get("whatif.refused." + vm.refusalProperty().get().name()), vm.refusalProperty()));
        field.setTooltip(fieldTip);

        Button reset = new Button("↺");
        reset.setId(id + "Reset");
        reset.getStyleClass().add("reset-input");
        reset.setTooltip(new Tooltip(i18n.get("whatif.resetInput")));
        reset.visibleProperty().bind(vm.changedProperty());
        reset.setOnAction(e -> {
            history.endStep();
            vm.reset();
            history.endStep();
        });

        Label unit = new Label(formats.unitSuffix(vm.parameter().unit()));
        unit.getStyleClass().add("input-unit");
        unit.setMinWidth(30);
        HBox controls = new HBox(6, sliderWithMarker, field, unit, reset);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, controls);
        setSpacing(2);
    }
}
