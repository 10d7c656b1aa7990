package org.funnellab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.common.I18n;

import java.util.Locale;
import java.util.Objects;

/** The desktop application: one window whose content is rebuilt when the language or theme changes. */
public final class FunnelLabApp extends Application {
    /**
     * Until a workspace is open the panel starts from the lead-qualification article's figures, plus an illustrative
     * cost per lead and monthly revenue (the article gives none) so every output has a value.
     */
    static final NonTargetCostModel.Inputs EXAMPLE = new NonTargetCostModel.Inputs(
            1000, 0.5, 15, 2, 100_000, 160, 1.0, 0, 1_200, 4_000_000);

    private Stage stage;
    private MainWindow window;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Locale locale = I18n.defaultUiLocale(Locale.getDefault());
        String lang = System.getProperty("funnellab.lang");
        if (lang != null) {
            locale = Locale.forLanguageTag(lang);
        }
        show(locale, Boolean.getBoolean("funnellab.dark"), null);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.show();
    }

    private void show(Locale locale, boolean dark, double[] current) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(locale, "RUB", dark);
        window = new MainWindow(ctx, EXAMPLE, current,
                (l, d) -> show(l, d, window.currentInputs()));
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(window.root(), 1360, 860);
            stage.setScene(scene);
        } else {
            scene.setRoot(window.root());
        }
        scene.getStylesheets().setAll(Objects.requireNonNull(
                FunnelLabApp.class.getResource("/org/funnellab/ui/funnellab.css")).toExternalForm());
        window.root().getStyleClass().removeAll("theme-dark", "theme-light");
        window.root().getStyleClass().add(dark ? "theme-dark" : "theme-light");
        stage.setTitle(ctx.i18n().get("app.title"));
    }
}
