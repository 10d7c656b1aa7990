package org.funnellab.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.I18n;

import java.io.File;
import java.nio.file.Path;

/** File (new, open, recent, save as, quit) and Help menus. File work runs on the workspace's background thread. */
final class AppMenu {
    private AppMenu() {
    }

    static MenuBar create(AppContext ctx, Window owner, Runnable quit, java.util.function.Consumer<Path> importFile) {
        I18n t = ctx.i18n();
        MenuItem newWs = item(t.get("menu.file.new"), "menuNew", "Shortcut+N");
        newWs.setOnAction(e -> {
            File f = chooser(t).showSaveDialog(owner);
            if (f != null) {
                Path p = withExtension(f.toPath());
                ctx.workspace().open(p);
                ctx.preferences().workspaceOpened(p);
            }
        });
        MenuItem open = item(t.get("menu.file.open"), "menuOpen", "Shortcut+O");
        open.setOnAction(e -> {
            File f = chooser(t).showOpenDialog(owner);
            if (f != null) {
                ctx.workspace().open(f.toPath());
                ctx.preferences().workspaceOpened(f.toPath());
            }
        });
        Menu recent = new Menu(t.get("menu.file.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : ctx.preferences().recentWorkspaces()) {
                MenuItem r = new MenuItem(p.toString());
                r.setMnemonicParsing(false);
                r.setOnAction(x -> {
                    ctx.workspace().open(p);
                    ctx.preferences().workspaceOpened(p);
                });
                recent.getItems().add(r);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(t.get("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem(t.get("menu.file.recent.none")));
        MenuItem saveAs = item(t.get("menu.file.saveAs"), "menuSaveAs", "Shortcut+Shift+S");
        saveAs.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        saveAs.setOnAction(e -> {
            File f = chooser(t).showSaveDialog(owner);
            Workspace ws = ctx.workspace().workspaceProperty().get();
            if (f != null && ws != null) {
                Path p = withExtension(f.toPath());
                BackgroundTask<Path> task = BackgroundTask.of(c -> {
                    ws.saveCopyTo(p);
                    return p;
                });
                task.onSuccess(saved -> {
                    ctx.workspace().open(saved);
                    ctx.preferences().workspaceOpened(saved);
                }).onFailure(err -> new Alert(Alert.AlertType.ERROR, err.getMessage()).show());
                ctx.workspaceExecutor().execute(task);
            }
        });
        MenuItem importItem = item(t.get("menu.file.import"), "menuImport", "Shortcut+I");
        importItem.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        importItem.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(t.get("menu.file.import"));
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(t.get("menu.file.import.filter"), "*.csv", "*.tsv", "*.txt",
                            "*.xlsx", "*.xls"),
                    new FileChooser.ExtensionFilter(t.get("menu.file.import.all"), "*.*"));
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                importFile.accept(f.toPath());
            }
        });
        MenuItem exit = item(t.get("menu.file.quit"), "menuQuit", "Shortcut+Q");
        exit.setOnAction(e -> quit.run());
        Menu file = new Menu(t.get("menu.file"), null, newWs, open, recent, new SeparatorMenuItem(), saveAs,
                new SeparatorMenuItem(), importItem, new SeparatorMenuItem(), exit);

        MenuItem settings = new MenuItem(t.get("menu.workspace.settings"));
        settings.setId("menuWorkspaceSettings");
        settings.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        settings.setOnAction(e -> ctx.openSettings(null));
        Menu workspace = new Menu(t.get("menu.workspace"), null, settings);

        MenuItem about = new MenuItem(t.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, t.get("menu.help.about.text"));
            a.setHeaderText("FunnelLab");
            a.initOwner(owner);
            a.show();
        });
        Menu help = new Menu(t.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, workspace, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String id, String accelerator) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        return m;
    }

    private static FileChooser chooser(I18n t) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("menu.file.filter"), "*.sqlite", "*.db"));
        return fc;
    }

    private static Path withExtension(Path p) {
        String n = p.getFileName().toString();
        return n.contains(".") ? p : p.resolveSibling(n + ".funnellab.sqlite");
    }
}
