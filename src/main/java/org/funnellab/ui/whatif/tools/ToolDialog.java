package org.funnellab.ui.whatif.tools;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;

/**
 * A tool's window beside its panel: not modal, so the panel's sliders stay usable while it is open; it takes the
 * owner's stylesheets and theme class so it reads the same in the light and dark themes.
 */
final class ToolDialog {
    private ToolDialog() {
    }

    static Dialog<Void> create(Node owner, String id, String title, Region content, String closeText) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initModality(Modality.NONE);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStyleClass().add("tool-dialog");
        content.setPadding(new Insets(16, 20, 8, 20));
        pane.setContent(content);
        // The theme caps dialogs at 600 px, too narrow for a chart beside a table; size the pane to its content.
        pane.setStyle("-fx-max-width: 4000px;");
        pane.setPrefSize(content.getPrefWidth() + 40, content.getPrefHeight() + 80);
        ButtonType close = new ButtonType(closeText, ButtonType.CLOSE.getButtonData());
        pane.getButtonTypes().add(close);
        dialog.setResizable(true);
        // A resizable dialog may open at a default size on some platforms: fit it to its content once shown.
        dialog.setOnShown(e -> fit(dialog));
        org.funnellab.ui.common.Dialogs.ownedBy(dialog, owner);
        return dialog;
    }

    /** Resizes a shown dialog to its content's preferred size. */
    static void fit(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
