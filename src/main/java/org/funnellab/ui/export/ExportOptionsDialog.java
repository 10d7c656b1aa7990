package org.funnellab.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ImageSize;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.OnScreen;

import java.util.List;
import java.util.Optional;

/**
 * Asks for the size and type scale of a PNG (default 1920×1080 at 2×, i.e. 144 dpi) and, for every picture format,
 * whether to keep the dark theme's background (off: exports are light unless asked otherwise).
 */
final class ExportOptionsDialog {
    private static final List<Double> SCALES = List.of(1.0, 1.5, 2.0, 3.0);

    private ExportOptionsDialog() {
    }

    static Optional<ExportOptions> ask(Node owner, ExportFormat format, ExportContext ctx, ExportOptions last) {
        I18n t = ctx.i18n();
        Dialog<ExportOptions> d = new Dialog<>();
        d.setTitle(t.format("export.options.title", format.name()));
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        d.getDialogPane().setId("exportOptions");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 16, 4, 16));
        TextField width = new TextField(Integer.toString(last.size().width()));
        width.setId("exportWidth");
        width.setPrefColumnCount(6);
        TextField height = new TextField(Integer.toString(last.size().height()));
        height.setId("exportHeight");
        height.setPrefColumnCount(6);
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.setId("exportScale");
        scale.getItems().setAll(SCALES);
        scale.setValue(SCALES.contains(last.size().scale()) ? last.size().scale() : 2.0);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : t.format("export.options.scaleValue", trim(s), Math.round(72 * s));
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        CheckBox dark = new CheckBox(t.get("export.options.dark"));
        dark.setId("exportDark");
        dark.setSelected(last.darkBackground());
        dark.setDisable(!ctx.darkTheme());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        int row = 0;
        if (format == ExportFormat.PNG) {
            grid.addRow(row++, new Label(t.get("export.options.size")), width, new Label("×"), height);
            grid.addRow(row++, new Label(t.get("export.options.scale")), scale);
            GridPane.setColumnSpan(scale, 3);
            Label hint = new Label(t.get("export.options.scaleHint"));
            hint.getStyleClass().add("panel-subtitle");
            hint.setWrapText(true);
            hint.setMaxWidth(380);
            grid.add(hint, 0, row++, 4, 1);
        } else {
            Label vector = new Label(t.get("export.options.vector"));
            vector.setWrapText(true);
            vector.setMaxWidth(380);
            grid.add(vector, 0, row++, 4, 1);
        }
        grid.add(dark, 0, row++, 4, 1);
        grid.add(error, 0, row, 4, 1);
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(t.get("export.options.ok"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(t.get("export.options.cancel"), ButtonType.CANCEL.getButtonData());
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (format == ExportFormat.PNG && size(width.getText(), height.getText(), scale.getValue()) == null) {
                error.setText(t.format("export.options.badSize", ImageSize.MAX_SIDE));
                e.consume();
            }
        });
        d.setResultConverter(b -> b != ok ? null : new ExportOptions(format == ExportFormat.PNG
                ? size(width.getText(), height.getText(), scale.getValue()) : last.size(), dark.isSelected()));
        d.setOnShown(e -> OnScreen.keep(d.getDialogPane().getScene().getWindow()));
        return d.showAndWait();
    }

    private static ImageSize size(String w, String h, Double scale) {
        try {
            return new ImageSize(Integer.parseInt(w.trim()), Integer.parseInt(h.trim()), scale == null ? 2 : scale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }
}
