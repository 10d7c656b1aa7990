package org.funnellab.app;

import javafx.stage.Stage;
import org.funnellab.service.SlideChoice;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.export.ExportContext;
import org.funnellab.ui.export.MeetingPack;
import org.funnellab.ui.presentation.PresentationMode;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The meeting side of one window's screens: presentation mode (F5 / F11), the meeting pack, and the lines every export
 * carries. Both start from the pages ticked for the pack, saved with the workspace. Made anew with the window's screens
 * (on a language or theme switch); the window and the export context it was made with are looked up when used.
 */
final class MeetingControls {
    private final Stage stage;
    private final AppContext ctx;
    private final WorkspaceViewModel workspace;
    private final List<Screen> screens;
    private final Supplier<MainWindow> window;
    private final Supplier<ExportContext> exports;
    private PresentationMode presentation;

    MeetingControls(Stage stage, AppContext ctx, WorkspaceViewModel workspace, List<Screen> screens,
                    Supplier<MainWindow> window, Supplier<ExportContext> exports) {
        this.stage = stage;
        this.ctx = ctx;
        this.workspace = workspace;
        this.screens = screens;
        this.window = window;
        this.exports = exports;
    }

    /**
     * Starts the presentation at the screen on show (the first slide when that is not one). When pages were ticked
     * for the meeting pack (saved with the workspace), only the screens holding them are slides, as in the pack.
     */
    void present() {
        MainWindow shown = window.get();
        if (presentation != null && presentation.active() || shown == null) {
            return;
        }
        Consumer<Optional<List<String>>> enter = chosen -> {
            if (window.get() != shown || presentation != null && presentation.active()) {
                return; // the window was rebuilt (language, theme) or F5 came twice while the choice was read
            }
            List<String> ids = SlideChoice.screensToPresent(slideIds(), chosen);
            presentation = new PresentationMode(stage, ctx.i18n(), ids.stream().map(id -> new PresentationMode.Slide(
                    screenTitle(id), () -> shown.screenNode(id))).toList(), () -> shown.show(shown.currentScreen()));
            presentation.enter(Math.max(0, ids.indexOf(shown.currentScreen())));
        };
        withSlideChoice(enter);
    }

    /** Leaves the presentation, if one is on (the window is about to be rebuilt). */
    void leave() {
        if (presentation != null) {
            presentation.leave();
        }
    }

    /** A screen's title in the interface language. */
    private String screenTitle(String id) {
        return ctx.i18n().get(screens.stream().filter(sc -> sc.id().equals(id)).findFirst().orElseThrow()
                .titleKey());
    }

    /**
     * Gives {@code then} the meeting-pack pages saved with the workspace, read on the workspace's thread; empty when
     * none were saved, no workspace is open or it cannot be read (an import holds the file).
     */
    private void withSlideChoice(Consumer<Optional<List<String>>> then) {
        org.funnellab.store.Workspace ws = workspace.workspaceProperty().get();
        if (ws == null) {
            then.accept(Optional.empty());
            return;
        }
        ctx.workspaceExecutor().execute(org.funnellab.ui.common.BackgroundTask.of(c ->
                        new SlideChoice(ws).load())
                .onSuccess(then).onFailure(e -> then.accept(Optional.empty())));
    }

    /** The meeting pack over the presentation's panels (each built if not yet visited). */
    void meetingPack() {
        MainWindow shown = window.get();
        List<MeetingPack.Section> sections = slideIds().stream().map(id ->
                new MeetingPack.Section(id, screenTitle(id), shown.screenNode(id))).toList();
        String name = workspace.demoProperty().get() ? ctx.i18n().get("app.demoWorkspace")
                : workspace.nameProperty().get();
        String title = ctx.i18n().format("pack.name", name == null ? "" : name);
        List<MeetingPack.Extra> extras = comparisonPages();
        org.funnellab.store.Workspace ws = workspace.workspaceProperty().get();
        Consumer<Optional<List<String>>> open = saved ->
                MeetingPack.run(stage, exports.get(), sections, extras, title, saved, keys -> {
                    if (ws != null) {
                        ctx.workspaceExecutor().execute(org.funnellab.ui.common.BackgroundTask.of(c -> {
                            new SlideChoice(ws).save(keys);
                            return null;
                        }));
                    }
                });
        // the pages ticked last time start ticked; none saved (or unreadable): every page
        withSlideChoice(open);
    }

    /** The scenario comparison's pages, when the Scenarios screen compares some (as the service evaluated them). */
    private List<MeetingPack.Extra> comparisonPages() {
        org.funnellab.ui.scenarios.ScenariosViewModel vm = ctx.scenarios().viewModel();
        org.funnellab.service.ScenarioComparison c = vm.comparisonProperty().get();
        if (c == null) {
            return List.of();
        }
        org.funnellab.export.ScenarioPackPages.Texts texts = vm.texts().packTexts();
        return List.of(new MeetingPack.Extra("scenarios/comparison",
                ctx.i18n().get("pack.scenarios.item"),
                (palette, notes) -> org.funnellab.export.ScenarioPackPages.slides(c, texts, palette, notes)));
    }

    private List<String> slideIds() {
        return screens.stream().map(Screen::id).filter(id -> !id.equals("import")).toList();
    }

    /** The lines every export carries: the filters, and the workspace with its data's date range. */
    List<String> exportNotes() {
        I18n t = ctx.i18n();
        Locale l = t.locale();
        org.funnellab.domain.Filters f = workspace.filters().filters();
        java.util.function.Function<java.util.Set<String>, String> set = v -> v.isEmpty() ? t.get("export.notes.all")
                : String.join(", ", new java.util.TreeSet<>(v));
        org.funnellab.store.MonthRange range = workspace.dataRangeProperty().get();
        String period = f.from() == null && f.to() == null
                ? (range == null ? t.get("export.notes.all") : months(range.from(), range.to(), l))
                : months(f.from() != null ? f.from() : range == null ? null : range.from(),
                f.to() != null ? f.to() : range == null ? null : range.to(), l);
        String name = workspace.demoProperty().get() ? t.get("app.demoWorkspace") : workspace.nameProperty().get();
        String data = range == null ? t.get("export.notes.noData") : months(range.from(), range.to(), l);
        String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(l));
        return List.of(t.format("export.notes.filters", period, set.apply(f.channels()), set.apply(f.campaigns()),
                set.apply(f.owners())), t.format("export.notes.workspace", name == null ? "" : name, data, today));
    }

    private static String months(java.time.YearMonth from, java.time.YearMonth to, Locale l) {
        java.time.format.DateTimeFormatter m = java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", l);
        if (from == null || to == null) {
            return "";
        }
        return from.format(m) + " — " + to.format(m);
    }
}
