package org.funnellab.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.ui.whatif.NonTargetCostViewModel;

import java.util.Locale;
import java.util.function.BiConsumer;

/** The main window's content: a top bar (product, language, theme) over the current panel. */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final NonTargetCostViewModel nonTargetVm;

    /**
     * @param relaunch called with a new locale and dark flag when the user switches language or theme; the panel's
     *                 inputs survive the switch because the caller passes them back as {@code baseline}/{@code current}
     */
    MainWindow(AppContext ctx, NonTargetCostModel.Inputs baseline, double[] current,
               BiConsumer<Locale, Boolean> relaunch) {
        nonTargetVm = ctx.nonTargetCostViewModel(baseline);
        if (current != null) {
            for (int i = 0; i < current.length; i++) {
                nonTargetVm.inputs().get(i).setValue(current[i]);
            }
        }
        root.setId("mainRoot");
        root.setTop(topBar(ctx, relaunch));
        root.setCenter(ctx.nonTargetCostView(nonTargetVm));
    }

    private HBox topBar(AppContext ctx, BiConsumer<Locale, Boolean> relaunch) {
        Label product = new Label("FunnelLab");
        product.getStyleClass().add("product-name");
        Label workspace = new Label(ctx.i18n().get("app.exampleData"));
        workspace.getStyleClass().add("workspace-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleGroup lang = new ToggleGroup();
        ToggleButton ru = new ToggleButton("RU");
        ru.setId("langRu");
        ToggleButton en = new ToggleButton("EN");
        en.setId("langEn");
        ru.setToggleGroup(lang);
        en.setToggleGroup(lang);
        boolean isRu = "ru".equals(ctx.i18n().locale().getLanguage());
        (isRu ? ru : en).setSelected(true);
        ru.setOnAction(e -> relaunch.accept(Locale.forLanguageTag("ru-RU"), ctx.dark()));
        en.setOnAction(e -> relaunch.accept(Locale.forLanguageTag("en-US"), ctx.dark()));
        ru.setTooltip(new Tooltip(ctx.i18n().get("app.language")));
        en.setTooltip(new Tooltip(ctx.i18n().get("app.language")));

        ToggleButton theme = new ToggleButton(ctx.i18n().get(ctx.dark() ? "app.theme.light" : "app.theme.dark"));
        theme.setId("themeToggle");
        theme.setOnAction(e -> relaunch.accept(ctx.i18n().locale(), !ctx.dark()));

        HBox bar = new HBox(10, product, workspace, spacer, ru, en, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    Parent root() {
        return root;
    }

    double[] currentInputs() {
        return nonTargetVm.currentValues();
    }

    NonTargetCostViewModel nonTargetViewModel() {
        return nonTargetVm;
    }
}
