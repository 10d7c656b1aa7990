package org.funnellab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Opens the application on a workspace with saved scenarios and shows the Scenarios screen comparing the first
 * three, for looking at it under a virtual display (no window manager, so no clicks): run with the usual system
 * properties ({@code funnellab.workspace}, {@code funnellab.lang}, {@code funnellab.dark}, {@code funnellab.dataDir}).
 */
public final class ScenariosScreenshotMain {
    public static void main(String[] args) throws Exception {
        Thread ui = new Thread(() -> Application.launch(FunnelLabApp.class));
        ui.start();
        Scene scene = null;
        for (int i = 0; i < 600 && scene == null; i++) {
            Thread.sleep(100);
            var found = new Scene[1];
            try {
                Platform.runLater(() -> { });
            } catch (IllegalStateException notYet) {
                continue;
            }
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    Label name = w.getScene() == null ? null : (Label) w.getScene().lookup("#workspaceName");
                    if (name != null && name.getText().matches(".*\\d{4}.*")) {
                        found[0] = w.getScene();
                    }
                }
            });
            Thread.sleep(50);
            scene = found[0];
        }
        Scene s = scene;
        Platform.runLater(() -> ((ButtonBase) s.lookup("#nav-scenarios")).fire());
        Thread.sleep(2000);
        Platform.runLater(() -> {
            for (int i = 0; i < 3; i++) {
                CheckBox box = (CheckBox) s.lookup("#compare-" + i);
                if (box != null) {
                    box.setSelected(false);
                    box.fire();
                }
            }
        });
        Thread.sleep(500);
        Platform.runLater(() -> ((ButtonBase) s.lookup("#scenarioCompare")).fire());
        Thread.sleep(1500);
        double scroll = Double.parseDouble(System.getProperty("shot.scroll", "0"));
        Platform.runLater(() -> ((javafx.scene.control.ScrollPane) s.lookup("#comparisonPane")).setVvalue(scroll));
        ui.join();
    }
}
