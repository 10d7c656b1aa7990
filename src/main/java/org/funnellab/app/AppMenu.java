package org.funnellab.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.funnellab.domain.AppVersion;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.I18n;

import java.io.File;
import java.nio.file.Path;

/** File (new, open, recent, save as, quit), View (presentation mode) and Help menus. File work runs on the workspace's background thread. */
final class AppMenu {
    private AppMenu() {
    }

    static MenuBar create(AppContext ctx, Window owner, Runnable quit, java.util.function.Consumer<Path> importFile,
                          Runnable present, Runnable meetingPack) {
        I18n t = ctx.i18n();
        MenuItem newWs = item(t.get("menu.file.new"), "menuNew", "Shortcut+N");
        newWs.setOnAction(e -> {
            File f = chooser(t).showSaveDialog(owner);
            if (f != null) {
                Path p = withExtension(f.toPath());
                ctx.workspace().open(p);
            }
        });
        MenuItem open = item(t.get("menu.file.open"), "menuOpen", "Shortcut+O");
        open.setOnAction(e -> {
            File f = chooser(t).showOpenDialog(owner);
            if (f != null) {
                openOrOfferImport(ctx, owner, f.toPath(), importFile);
            }
        });
        Menu recent = new Menu(t.get("menu.file.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : ctx.preferences().recentWorkspaces()) {
                MenuItem r = new MenuItem(p.toString());
                r.setMnemonicParsing(false);
                r.setOnAction(x -> openOrOfferImport(ctx, owner, p, importFile));
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
                task.onSuccess(saved -> ctx.workspace().open(saved)).onFailure(err -> new Alert(Alert.AlertType.ERROR,
                        org.funnellab.ui.common.UserMessages.of(err)).show());
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
        MenuItem pack = item(t.get("menu.file.pack"), "menuPack", "Shortcut+Shift+P");
        pack.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        pack.setOnAction(e -> meetingPack.run());
        MenuItem exit = item(t.get("menu.file.quit"), "menuQuit", "Shortcut+Q");
        exit.setOnAction(e -> quit.run());
        Menu file = new Menu(t.get("menu.file"), null, newWs, open, recent, new SeparatorMenuItem(), saveAs,
                new SeparatorMenuItem(), importItem, pack, new SeparatorMenuItem(), exit);

        MenuItem settings = new MenuItem(t.get("menu.workspace.settings"));
        settings.setId("menuWorkspaceSettings");
        settings.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        settings.setOnAction(e -> ctx.openSettings(null));
        MenuItem findLead = item(t.get("menu.workspace.findLead"), "menuFindLead", "Shortcut+F");
        findLead.disableProperty().bind(ctx.workspace().workspaceProperty().isNull());
        findLead.setOnAction(e -> ctx.openLeadSource(owner == null ? null : owner.getScene().getRoot()));
        Menu workspace = new Menu(t.get("menu.workspace"), null, settings, findLead);

        MenuItem about = new MenuItem(t.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, t.get("menu.help.about.text") + "\n\n"
                    + t.format("menu.help.about.runtime", System.getProperty("java.vm.name", ""),
                    Runtime.version().toString()));
            a.setHeaderText(AppVersion.nameAndVersion());
            a.initOwner(owner);
            a.show();
        });
        Menu help = new Menu(t.get("menu.help"), null, about);
        // F5 (and F11, installed on the scene) start the presentation from the screen on show.
        MenuItem presentItem = item(t.get("menu.view.present"), "menuPresent", "F5");
        presentItem.setOnAction(e -> present.run());
        Menu view = new Menu(t.get("menu.view"), null, presentItem);
        MenuBar bar = new MenuBar(file, view, workspace, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * Opens {@code file} as a workspace, unless it is plainly a data file (a CSV, XLSX or HTML export rather than an
     * SQLite database): then the user is asked whether to import it into the open workspace instead.
     */
    static void openOrOfferImport(AppContext ctx, Window owner, Path file,
                                  java.util.function.Consumer<Path> importFile) {
        if (!isDataFile(file)) {
            ctx.workspace().open(file);
            return;
        }
        I18n t = ctx.i18n();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t.format("menu.file.open.notWorkspace",
                String.valueOf(file.getFileName())), javafx.scene.control.ButtonType.YES,
                javafx.scene.control.ButtonType.NO);
        ask.setHeaderText(t.get("menu.file.open.notWorkspace.title"));
        ask.initOwner(owner);
        ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES)
                .ifPresent(b -> importFile.accept(file));
    }

    /** True for an existing, non-empty file that does not start like an SQLite database. */
    static boolean isDataFile(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            return head.length > 0 && !new String(head, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("SQLite format 3\0");
        } catch (java.io.IOException e) {
            return false;
        }
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
