package org.funnellab.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.funnellab.export.AtomicFiles;
import org.funnellab.export.ExportFormat;
import org.funnellab.export.ExportPage;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.ImageSize;
import org.funnellab.export.PackSlide;
import org.funnellab.export.PdfExport;
import org.funnellab.export.PptxExport;
import org.funnellab.export.TitleDrawing;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.OnScreen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The meeting pack: a title page (workspace, filters, data range, date) and the chosen charts, card groups and
 * tables of the panels, as one PDF (vector) or PPTX (pictures at slide resolution, each panel's inputs as speaker
 * notes). Pages are drawn on the FX thread, the file is written in the background.
 */
public final class MeetingPack {
    /** One panel: its screen id, its title and its view. */
    public record Section(String id, String title, Node content) {
    }

    /**
     * Pages that are not one of a view's charts or tables (the scenario comparison): drawn from the palette and the
     * filter notes.
     */
    public record Extra(String key, String label,
                        java.util.function.BiFunction<ExportPalette, List<String>, List<PackSlide>> slides) {
    }

    /** A page to tick: a view's exportable, or an extra; {@code key} names it across launches and languages. */
    record Item(String key, String label, Section section, Exportable exportable, Extra extra) {
        Item(String label, Section section, Exportable exportable) {
            this(section.id(), label, section, exportable, null);
        }
    }

    private MeetingPack() {
    }

    /**
     * Asks which pages and which file, then writes the pack. The pages in {@code saved} start ticked (every page when
     * it is empty: nothing saved yet); the ticked pages' keys go to {@code onChosen} once the user confirms them.
     */
    public static void run(Window owner, ExportContext ctx, List<Section> sections, List<Extra> extras,
                           String packTitle, Optional<List<String>> saved,
                           java.util.function.Consumer<List<String>> onChosen) {
        I18n t = ctx.i18n();
        List<Item> items = new ArrayList<>();
        for (Section s : sections) {
            List<Node> holders = Exportables.under(s.content());
            for (int i = 0; i < holders.size(); i++) {
                String key = s.id() + "/" + i;
                Exportables.of(holders.get(i), t.get("export.moreRows"), s.title()).ifPresent(e ->
                        items.add(new Item(key, s.title() + " — " + e.title(), s, e, null)));
            }
        }
        for (Extra e : extras) {
            items.add(new Item(e.key(), e.label(), null, null, e));
        }
        Optional<List<Item>> chosen = choose(owner, t, items, saved);
        if (chosen.isEmpty()) {
            return;
        }
        onChosen.accept(chosen.get().stream().map(Item::key).toList());
        if (chosen.get().isEmpty()) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(t.get("pack.title"));
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter("PDF", "*.pdf");
        FileChooser.ExtensionFilter pptx = new FileChooser.ExtensionFilter("PowerPoint (PPTX)", "*.pptx");
        fc.getExtensionFilters().addAll(pdf, pptx);
        fc.setInitialFileName(ExportMenus.fileName(packTitle) + ".pdf");
        File file = fc.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        boolean asPptx = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pptx")
                || (fc.getSelectedExtensionFilter() == pptx
                && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"));
        Path path = asPptx ? pptxPath(file.toPath()) : ExportFormat.PDF.withExtension(file.toPath());
        long start = System.nanoTime();
        byte[] bytes;
        int[] pages = new int[1];
        try {
            bytes = render(ctx, chosen.get(), packTitle, asPptx, pages);
        } catch (IOException | RuntimeException e) {
            failed(owner, t, path, e);
            return;
        }
        ctx.executor().execute(BackgroundTask.of(c -> {
            AtomicFiles.write(path, bytes);
            return path;
        }).onSuccess(p -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            javafx.scene.control.Alert done = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION,
                    t.format("pack.saved", p.toString(), pages[0], String.format("%.1f", seconds)));
            done.setHeaderText(null);
            done.initOwner(owner);
            done.show();
        }).onFailure(err -> failed(owner, t, path, err)));
    }

    /** {@code file} ending in .pptx (added when missing). */
    static Path pptxPath(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pptx") ? file : file.resolveSibling(name + ".pptx");
    }

    static byte[] render(ExportContext ctx, List<Item> items, String packTitle, boolean pptx) throws IOException {
        return render(ctx, items, packTitle, pptx, new int[1]);
    }

    /** The pack's bytes; {@code pages[0]} gets its page count. */
    static byte[] render(ExportContext ctx, List<Item> items, String packTitle, boolean pptx, int[] pages)
            throws IOException {
        I18n t = ctx.i18n();
        ExportPalette palette = ExportPalette.light(ctx.toLight());
        List<String> notes = ctx.notes().get();
        List<PackSlide> slides = new ArrayList<>();
        slides.add(new PackSlide(new ExportPage(null, List.of(),
                new TitleDrawing(packTitle, notes, palette)), String.join("\n", notes)));
        for (Item i : items) {
            if (i.extra() != null) {
                slides.addAll(i.extra().slides().apply(palette, notes));
                continue;
            }
            List<String> speaker = new ArrayList<>();
            speaker.add(i.label());
            List<String> inputs = Exportables.inputs(i.section().content(), t.get("whatif.assumption"));
            if (!inputs.isEmpty()) {
                speaker.add(t.get("pack.inputs"));
                speaker.addAll(inputs);
            }
            speaker.addAll(notes);
            slides.add(new PackSlide(new ExportPage(i.exportable().pageTitle(), notes,
                    i.exportable().drawing().apply(palette)), String.join("\n", speaker)));
        }
        pages[0] = slides.size();
        if (pptx) {
            return PptxExport.toBytes(slides, ImageSize.SLIDE, palette);
        }
        return PdfExport.toBytes(slides.stream().map(PackSlide::page).toList(), ImageSize.SLIDE.layoutWidth(),
                ImageSize.SLIDE.layoutHeight(), palette, packTitle);
    }

    /** Whether a page starts ticked: every page when nothing was saved, else the saved ones. */
    static boolean ticked(String key, Optional<List<String>> saved) {
        return saved.map(keys -> keys.contains(key)).orElse(true);
    }

    private static Optional<List<Item>> choose(Window owner, I18n t, List<Item> items,
                                               Optional<List<String>> saved) {
        Dialog<List<Item>> d = new Dialog<>();
        d.setTitle(t.get("pack.title"));
        d.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        d.getDialogPane().setId("meetingPackDialog");
        VBox list = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (Item i : items) {
            CheckBox b = new CheckBox(i.label());
            b.setSelected(ticked(i.key(), saved));
            b.getProperties().put("funnellab.pack.key", i.key());
            b.setMnemonicParsing(false);
            boxes.add(b);
            list.getChildren().add(b);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 26.0 * items.size()));
        scroll.setPrefViewportWidth(520);
        Label hint = new Label(t.get("pack.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        VBox content = new VBox(10, hint, scroll);
        content.setPadding(new Insets(12, 16, 4, 16));
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(t.get("export.options.ok"), ButtonType.OK.getButtonData());
        ButtonType cancel = new ButtonType(t.get("export.options.cancel"), ButtonType.CANCEL.getButtonData());
        d.getDialogPane().getButtonTypes().setAll(ok, cancel);
        d.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            List<Item> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    out.add(items.get(i));
                }
            }
            return out;
        });
        d.setOnShown(e -> OnScreen.keep(d.getDialogPane().getScene().getWindow()));
        return d.showAndWait();
    }

    private static void failed(Window owner, I18n t, Path path, Throwable err) {
        String reason = err instanceof IOException && err.getMessage() != null ? err.getMessage()
                : t.get("export.failed.unknown");
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                t.format("export.failed", path.toString(), reason));
        a.setHeaderText(null);
        a.initOwner(owner);
        a.show();
    }
}
