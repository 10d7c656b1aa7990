package org.funnellab.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.funnellab.store.MonthRange;
import org.funnellab.ui.shell.FiltersBar;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The main window's content: menu, a top bar (product, workspace, language, theme), the global filters,
 * navigation between screens on the left, and the current screen. Screens are built on first visit.
 */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<String, Node> built = new HashMap<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final List<Screen> screens;
    private final AppContext ctx;

    MainWindow(AppContext ctx, List<Screen> screens, MenuBar menu, BiConsumer<Locale, Boolean> relaunch) {
        this.ctx = ctx;
        this.screens = screens;
        root.setId("mainRoot");
        root.setTop(new VBox(menu, topBar(relaunch), new FiltersBar(ctx.workspace().filters(), ctx.i18n(),
                ctx.lifetime())));
        root.setLeft(navigation());
        content.getStyleClass().add("screen-content");
        root.setCenter(content);
    }

    private VBox navigation() {
        VBox box = new VBox(4);
        box.getStyleClass().add("nav");
        for (int i = 0; i < screens.size(); i++) {
            Screen s = screens.get(i);
            ToggleButton b = new ToggleButton(ctx.i18n().get(s.titleKey()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setUserData(s.id());
            b.setTooltip(new Tooltip(ctx.i18n().get(s.titleKey()) + " (Ctrl+" + (i + 1) + ")"));
            b.setOnAction(e -> show(s.id()));
            box.getChildren().add(b);
        }
        // Clicking the selected button again must not leave nothing selected.
        nav.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null && o != null) {
                o.setSelected(true);
            }
        });
        return box;
    }

    /** Shows a screen by id, building it on first visit. */
    void show(String id) {
        Screen s = screens.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No screen " + id));
        Node view = screenNode(s.id());
        content.getChildren().setAll(view);
        nav.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst().ifPresent(t -> t.setSelected(true));
    }

    /** The screen's view, built on first use (also for a presentation slide). */
    Node screenNode(String id) {
        Screen s = screens.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No screen " + id));
        return built.computeIfAbsent(id, k -> s.view().get());
    }

    /** Ctrl+1..n switch screens; F11 starts the presentation (F5 is the View menu's own shortcut). */
    void installShortcuts(javafx.scene.Scene scene, Runnable present) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), present);
        for (int i = 0; i < screens.size() && i < 9; i++) {
            String id = screens.get(i).id();
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
    }

    private HBox topBar(BiConsumer<Locale, Boolean> relaunch) {
        WorkspaceViewModel ws = ctx.workspace();
        Label product = new Label("FunnelLab");
        product.getStyleClass().add("product-name");
        Label workspace = new Label();
        workspace.setId("workspaceName");
        workspace.getStyleClass().add("workspace-name");
        Runnable title = () -> workspace.setText(workspaceTitle(ws));
        // The workspace outlives this window's content: what is registered on it is released on a relaunch.
        ctx.lifetime().listen(ws.nameProperty(), (obs, o, n) -> title.run());
        ctx.lifetime().listen(ws.dataRangeProperty(), (obs, o, n) -> title.run());
        ctx.lifetime().listen(ws.workspaceProperty(), (obs, o, n) -> title.run());
        ctx.lifetime().listen(ws.demoProperty(), (obs, o, n) -> title.run());
        title.run();
        Label demo = new Label(ctx.i18n().get("app.demoBadge"));
        demo.getStyleClass().add("demo-badge");
        demo.setTooltip(new Tooltip(ctx.i18n().get("app.demoBadge.tooltip")));
        demo.visibleProperty().bind(ws.demoProperty());
        demo.managedProperty().bind(ws.demoProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(ws.loadingProperty());
        Label error = new Label();
        error.setId("workspaceError");
        error.getStyleClass().add("workspace-error");
        // a failure the workspace names by kind is said in the interface language; any other shows its own text
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String key = ws.errorKeyProperty().get();
            return key.isEmpty() ? ws.errorProperty().get() : ctx.i18n().format(key, ws.errorFileProperty().get());
        }, ws.errorProperty(), ws.errorKeyProperty(), ws.errorFileProperty()));
        error.setWrapText(true);
        error.setMaxWidth(520);
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

        Label upgrading = new Label(ctx.i18n().get("app.upgrading"));
        upgrading.setId("upgradingNote");
        upgrading.setTooltip(new Tooltip(upgrading.getText()));
        upgrading.setMinWidth(0); // the note gives way; the name and the switches keep their size
        upgrading.visibleProperty().bind(ws.upgradingProperty());
        upgrading.managedProperty().bind(ws.upgradingProperty());
        for (javafx.scene.layout.Region r : List.of(product, workspace, ru, en, theme)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, product, workspace, demo, busy, upgrading, error, spacer, ru, en, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private String workspaceTitle(WorkspaceViewModel ws) {
        MonthRange r = ws.dataRangeProperty().get();
        // The demo's stored name is data in one language; say it in the interface's language instead.
        String name = ws.demoProperty().get() ? ctx.i18n().get("app.demoWorkspace") : ws.nameProperty().get();
        if (ws.workspaceProperty().get() == null) {
            return ctx.i18n().get("app.opening");
        }
        if (r == null) {
            return name == null || name.isBlank() ? ctx.i18n().get("app.noData") : name + " · " + ctx.i18n().get("app.noData");
        }
        Locale l = ctx.i18n().locale();
        return name + " · " + r.from().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, l) + " " + r.from().getYear()
                + " — " + r.to().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, l) + " " + r.to().getYear();
    }

    Parent root() {
        return root;
    }

    String currentScreen() {
        return nav.getSelectedToggle() == null ? null : (String) nav.getSelectedToggle().getUserData();
    }
}
