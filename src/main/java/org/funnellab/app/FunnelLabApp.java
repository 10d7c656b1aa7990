package org.funnellab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class FunnelLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("FunnelLab");
        stage.setScene(new Scene(new Label("FunnelLab"), 1280, 800));
        stage.show();
    }
}
