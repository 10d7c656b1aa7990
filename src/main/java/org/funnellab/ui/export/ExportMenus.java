package org.funnellab.ui.export;

import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.FileChooser;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.funnellab.export.AtomicFiles;
import org.funnellab.export.CsvExport;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ExportPage;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.ImageSize;
import org.funnellab.export.PdfExport;
import org.funnellab.export.PngExport;
import org.funnellab.export.SvgExport;
import org.funnellab.export.XlsxExport;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.I18n;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Copy and export for every chart, card group and table in a scene: a right click opens a menu in the user's
 * language; Ctrl+C copies (a slide-sized image, plus tab-separated text for tables and cards), Ctrl+E exports a PNG,
 * Ctrl+Shift+E a PDF — for the chart, cards or table that has the focus (a click on a chart gives it the focus).
 * The picture is drawn on the FX thread (charts are only touched there); the file is written in the background.
 */
public final class ExportMenus {
    public static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PNG = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PDF = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private ExportContext ctx;
    private ExportOptions last = ExportOptions.DEFAULT;
    private ContextMenu open;

    private ExportMenus(ExportContext ctx) {
        this.ctx = ctx;
    }

    /** The app's language or theme changed: menus and exports follow. */
    public void setContext(ExportContext context) {
        this.ctx = context;
    }

    /** Installs the menu and the shortcuts on {@code scene}; on a scene that has them, only the context changes. */
    public static ExportMenus install(Scene scene, ExportContext ctx) {
        if (scene.getProperties().get(ExportMenus.class) instanceof ExportMenus installed) {
            installed.setContext(ctx);
            return installed;
        }
        ExportMenus m = new ExportMenus(ctx);
        scene.getProperties().put(ExportMenus.class, m);
        scene.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.getTarget() instanceof Node target) {
                Exportables.holder(target).ifPresent(h -> {
                    m.showMenu(h, e.getScreenX(), e.getScreenY());
                    e.consume();
                });
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() instanceof Node target && !(target instanceof TextInputControl)) {
                Exportables.holder(target).filter(h -> !(h instanceof javafx.scene.control.Control))
                        .ifPresent(Node::requestFocus);
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus == null || focus instanceof TextInputControl) {
                return;
            }
            Optional<Node> holder = Exportables.holder(focus);
            if (holder.isEmpty()) {
                return;
            }
            if (COPY.match(e)) {
                m.copy(holder.get());
            } else if (PDF.match(e)) {
                m.export(holder.get(), ExportFormat.PDF);
            } else if (PNG.match(e)) {
                m.export(holder.get(), ExportFormat.PNG);
            } else {
                return;
            }
            e.consume();
        });
        return m;
    }

    ExportContext context() {
        return ctx;
    }

    private I18n t() {
        return ctx.i18n();
    }

    Optional<Exportable> exportable(Node holder) {
        return Exportables.of(holder, t().get("export.moreRows"), t().get("export.untitled"));
    }

    /** The menu for one holder, localized; items carry ids ({@code exportCopy}, {@code exportPng}…). */
    ContextMenu menu(Node holder) {
        Exportable e = exportable(holder).orElseThrow();
        MenuItem copy = item("exportCopy", e.kind() == Exportable.Kind.CHART ? "export.copy.image" : "export.copy.table",
                COPY, () -> copy(holder));
        MenuItem png = item("exportPng", "export.png", PNG, () -> export(holder, ExportFormat.PNG));
        MenuItem svg = item("exportSvg", "export.svg", null, () -> export(holder, ExportFormat.SVG));
        MenuItem pdf = item("exportPdf", "export.pdf", PDF, () -> export(holder, ExportFormat.PDF));
        ContextMenu menu = new ContextMenu(copy, new SeparatorMenuItem(), png, svg, pdf);
        if (e.kind() == Exportable.Kind.TABLE) {
            menu.getItems().addAll(new SeparatorMenuItem(),
                    item("exportCsv", "export.csv", null, () -> export(holder, ExportFormat.CSV)),
                    item("exportXlsx", "export.xlsx", null, () -> export(holder, ExportFormat.XLSX)));
        }
        menu.setId("exportMenu");
        return menu;
    }

    private MenuItem item(String id, String key, KeyCombination shortcut, Runnable action) {
        MenuItem m = new MenuItem(t().get(key));
        m.setId(id);
        // Shown beside the item; the keys themselves are handled by the scene filter for the focused holder only.
        m.setAccelerator(shortcut);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void showMenu(Node holder, double x, double y) {
        if (open != null) {
            open.hide();
        }
        open = menu(holder);
        open.show(holder, x, y);
    }

    private ExportPalette palette(boolean dark) {
        return dark && ctx.darkTheme() ? ExportPalette.dark(UnaryOperator.identity())
                : ExportPalette.light(ctx.toLight());
    }

    private ExportPage page(Exportable e, ExportPalette palette) {
        return new ExportPage(e.pageTitle(), ctx.notes().get(), e.drawing().apply(palette));
    }

    /** Copies the holder: an image at slide resolution, and for tables and cards their tab-separated text. */
    public void copy(Node holder) {
        exportable(holder).ifPresent(e -> {
            BufferedImage image = PngExport.render(page(e, palette(false)), ImageSize.SLIDE, palette(false));
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            if (e.table() != null) {
                content.putString(e.table().toTsv());
            }
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            toast(holder, t().get("export.copied"));
        });
    }

    /** Asks for options (pictures) and a file, then writes it in the background. */
    public void export(Node holder, ExportFormat format) {
        Optional<Exportable> found = exportable(holder);
        if (found.isEmpty() || (!format.picture() && found.get().table() == null)) {
            return;
        }
        Exportable e = found.get();
        ExportOptions options = last;
        if (format.picture()) {
            Optional<ExportOptions> chosen = ExportOptionsDialog.ask(holder, format, ctx, last);
            if (chosen.isEmpty()) {
                return;
            }
            options = chosen.get();
            last = options;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(t().format("export.chooser.title", format.name()));
        fc.setInitialFileName(fileName(e.title()) + "." + format.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        Window window = holder.getScene() == null ? null : holder.getScene().getWindow();
        File file = fc.showSaveDialog(window);
        if (file == null) {
            return;
        }
        Path path = format.withExtension(file.toPath());
        byte[] bytes;
        try {
            bytes = render(e, format, options);
        } catch (IOException | RuntimeException ex) {
            failed(window, path, ex);
            return;
        }
        ctx.executor().execute(BackgroundTask.of(c -> {
            AtomicFiles.write(path, bytes);
            return path;
        }).onSuccess(p -> toast(holder, t().format("export.saved", p.getFileName().toString())))
                .onFailure(err -> failed(window, path, err)));
    }

    /** The file's bytes, drawn now on the FX thread. */
    byte[] render(Exportable e, ExportFormat format, ExportOptions options) throws IOException {
        ExportPalette palette = palette(options.darkBackground());
        List<String> notes = ctx.notes().get();
        return switch (format) {
            case PNG -> PngExport.toBytes(page(e, palette), options.size(), palette);
            case SVG -> SvgExport.toBytes(page(e, palette), ImageSize.SLIDE.layoutWidth(),
                    ImageSize.SLIDE.layoutHeight(), palette);
            case PDF -> PdfExport.toBytes(List.of(page(e, palette)), ImageSize.SLIDE.layoutWidth(),
                    ImageSize.SLIDE.layoutHeight(), palette, e.title());
            case CSV -> CsvExport.toBytes(e.table());
            case XLSX -> XlsxExport.toBytes(e.table(), notes);
        };
    }

    private void failed(Window owner, Path path, Throwable err) {
        String reason = err instanceof IOException && err.getMessage() != null ? err.getMessage()
                : t().get("export.failed.unknown");
        Alert a = new Alert(Alert.AlertType.ERROR, t().format("export.failed", path.toString(), reason));
        a.setHeaderText(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    /** A file name from a title: letters, digits, spaces and dashes, at most 60 characters. */
    static String fileName(String title) {
        String s = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ")
                .trim();
        if (s.length() > 60) {
            s = s.substring(0, 60).trim();
        }
        return s.isEmpty() ? "funnellab" : s;
    }

    private static void toast(Node near, String text) {
        if (near.getScene() == null || near.getScene().getWindow() == null) {
            return;
        }
        Label l = new Label(text);
        l.getStyleClass().add("export-toast");
        l.setStyle("-fx-background-color: rgba(30,35,40,0.9); -fx-text-fill: white; -fx-padding: 8 14 8 14;"
                + " -fx-background-radius: 6; -fx-font-size: 13px;");
        Popup p = new Popup();
        p.getContent().add(l);
        p.setAutoHide(true);
        Bounds b = near.localToScreen(near.getBoundsInLocal());
        if (b == null) {
            return;
        }
        p.show(near, b.getMinX() + 12, b.getMinY() + 12);
        PauseTransition hide = new PauseTransition(Duration.seconds(2.5));
        hide.setOnFinished(x -> p.hide());
        hide.play();
    }
}
