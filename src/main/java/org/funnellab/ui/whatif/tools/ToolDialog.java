package org.funnellab.ui.whatif.tools;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A tool's window beside its panel: not modal, so the panel's sliders stay usable while it is open; it takes the
 * owner's stylesheets and theme class so it reads the same in the light and dark themes.
 */
final class ToolDialog {
    private ToolDialog() {
    }

    static Dialog<Void> create(Node owner, String id, String title, Node content, String closeText) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initModality(Modality.NONE);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStyleClass().add("tool-dialog");
        pane.setContent(content);
        ButtonType close = new ButtonType(closeText, ButtonType.CLOSE.getButtonData());
        pane.getButtonTypes().add(close);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            Window window = owner.getScene().getWindow();
            if (window != null) {
                dialog.initOwner(window);
            }
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            Parent root = owner.getScene().getRoot();
            root.getStyleClass().stream().filter(c -> c.startsWith("theme-")).forEach(pane.getStyleClass()::add);
        }
        return dialog;
    }
}
