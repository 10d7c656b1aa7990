package org.funnellab.ui.export;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.funnellab.export.ExportFormat;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.Locale;

/** Shows the export options dialog for a look under Xvfb: args {@code <lang> <dark> png|pdf}. */
public final class DialogScreenshotMain {
    private DialogScreenshotMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window; a separate class so the JavaFX launcher check passes on the classpath. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            var a = getParameters().getRaw();
            boolean dark = Boolean.parseBoolean(a.get(1));
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Label owner = new Label("owner");
            stage.setScene(new Scene(new StackPane(owner), 600, 400));
            stage.show();
            ExportContext ctx = new ExportContext(new I18n(Locale.forLanguageTag(a.get(0))),
                    new CurrentThreadTaskExecutor(), List::of, dark, c -> c);
            Platform.runLater(() -> ExportOptionsDialog.ask(owner, ExportFormat.valueOf(a.get(2).toUpperCase()), ctx,
                    ExportOptions.DEFAULT));
        }
    }
}
