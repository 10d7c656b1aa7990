package org.funnellab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What every dialog takes from the node that opened it. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Makes {@code owner}'s window the dialog's owner and gives the dialog the owner's stylesheets and theme (light or
     * dark), so it looks like the window it belongs to. Nothing happens for an owner not in a scene.
     */
    public static void ownedBy(Dialog<?> dialog, Node owner) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Window w = owner.getScene().getWindow();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                .forEach(dialog.getDialogPane().getStyleClass()::add);
    }
}
