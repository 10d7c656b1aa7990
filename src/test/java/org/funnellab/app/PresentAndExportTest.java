package org.funnellab.app;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.funnellab.store.DemoData;
import org.funnellab.ui.export.Exportables;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app on a demo workspace: the copy/export menu in both languages, Ctrl+C, presentation mode. */
class PresentAndExportTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    private void launch(String lang) throws Exception {
        launch(lang, null);
    }

    /** Launches on a demo workspace; {@code slides}: the meeting-pack pages saved in it (null: none). */
    private void launch(String lang, List<String> slides) throws Exception {
        Path ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 2000, 4);
            if (slides != null) {
                new org.funnellab.service.SlideChoice(w).save(slides);
            }
        }
        System.setProperty("funnellab.dataDir", dir.resolve("data").toString());
        System.setProperty("funnellab.workspace", ws.toString());
        System.setProperty("funnellab.lang", lang);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#workspaceName").queryAs(Label.class).getText().contains("2025"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("funnellab.dataDir");
        System.clearProperty("funnellab.workspace");
        System.clearProperty("funnellab.lang");
    }

    /** Asks for the context menu on a node as a right click would, and returns the menu that opened. */
    private ContextMenu openMenu(String query) throws Exception {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            Point2D local = new Point2D(b.getWidth() / 2, b.getHeight() / 2);
            Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), b.getMinX() + local.getX(), b.getMinY() + local.getY(), false,
                    new PickResult(node, local.getX(), local.getY())));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> menus().stream().anyMatch(Window::isShowing));
        return menus().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    private static List<ContextMenu> menus() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu).map(w -> (ContextMenu) w).toList();
    }

    private static List<String> texts(ContextMenu m) {
        return m.getItems().stream().map(MenuItem::getText).filter(Objects::nonNull).toList();
    }

    @Test
    void aChartAndATableOfferCopyAndExportInEnglish() throws Exception {
        launch("en-US");
        ContextMenu chart = openMenu("#funnelChart");
        assertThat(texts(chart)).containsExactly("Copy as image", "Export as PNG…", "Export as SVG (vector)…",
                "Export as PDF (vector)…");
        robot.interact(chart::hide);

        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu table = openMenu("#planTable");
        assertThat(texts(table)).contains("Copy (image and table text)", "Export as CSV…", "Export as XLSX…");
        assertThat(table.getItems().stream().map(MenuItem::getId)).contains("exportCopy", "exportCsv", "exportXlsx");
        robot.interact(table::hide);
    }

    @Test
    void theMenuSpeaksRussianInTheRussianInterface() throws Exception {
        launch("ru-RU");
        ContextMenu chart = openMenu("#monthlyChart");
        assertThat(texts(chart)).containsExactly("Копировать как изображение", "Экспорт в PNG…",
                "Экспорт в SVG (вектор)…", "Экспорт в PDF (вектор)…");
        robot.interact(chart::hide);
        ContextMenu cards = openMenu("#kpiLeads");
        assertThat(texts(cards)).contains("Копировать (изображение и текст таблицы)");
        robot.interact(cards::hide);
    }

    @Test
    void ctrlCOnAChartPutsASlideSizedImageOnTheClipboard() throws Exception {
        launch("en-US");
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#funnelChart");
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image[] image = new javafx.scene.image.Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(Exportables.holder(stage.getScene().getFocusOwner())).as("the clicked chart has the focus")
                .isPresent();
        assertThat(image[0]).isNotNull();
        assertThat(image[0].getWidth()).isEqualTo(1920);
        assertThat(image[0].getHeight()).isEqualTo(1080);
    }

    @Test
    void f11PresentsFullScreenArrowsMoveAndEscLeaves() throws Exception {
        launch("en-US");
        Scene scene = stage.getScene();
        Node mainRoot = scene.getRoot();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scene.getRoot().getId() != null
                && scene.getRoot().getId().equals("presentationRoot"));
        assertThat(stage.isFullScreen()).isTrue();
        Label number = robot.lookup("#presentationNumber").queryAs(Label.class);
        Label title = robot.lookup("#presentationTitle").queryAs(Label.class);
        assertThat(number.getText()).isEqualTo("1 / 6");
        assertThat(title.getText()).isEqualTo("Dashboard");
        assertThat(robot.lookup("#dashboardView").tryQuery()).isPresent();

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number.getText()).isEqualTo("2 / 6");
        assertThat(robot.lookup("#nonTargetView").tryQuery()).as("one panel per slide").isPresent();
        assertThat(robot.lookup("#dashboardView").tryQuery()).isEmpty();
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number.getText()).as("stops at the last slide").isEqualTo("6 / 6");
        assertThat(title.getText()).isEqualTo("Scenarios");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(number.getText()).isEqualTo("5 / 6");
        assertThat(title.getText()).isEqualTo("Budget planner");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scene.getRoot()).isSameAs(mainRoot);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(robot.lookup("#dashboardView").tryQuery()).as("the panel on show is back in the window")
                .isPresent();
    }

    @Test
    void thePresentationShowsTheScreensOfThePagesTickedForTheMeetingPack() throws Exception {
        launch("en-US", List.of("scenarios/comparison", "cacClv/0", "cacClv/1"));
        Scene scene = stage.getScene();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scene.getRoot().getId() != null
                && scene.getRoot().getId().equals("presentationRoot"));
        Label number = robot.lookup("#presentationNumber").queryAs(Label.class);
        Label title = robot.lookup("#presentationTitle").queryAs(Label.class);
        assertThat(number.getText()).isEqualTo("1 / 2");
        assertThat(title.getText()).isEqualTo("CAC / CLV balance");
        robot.press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEqualTo("Scenarios");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dashboardView").tryQuery()).isPresent();
    }

    @Test
    void theWindowLiesWithinTheScreensVisibleArea() throws Exception {
        launch("en-US");
        javafx.geometry.Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isGreaterThanOrEqualTo(visible.getMinX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(visible.getMinY());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(visible.getMaxX());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(visible.getMaxY());
    }

    @Test
    void theMeetingPackFindsEveryChartCardGroupAndTableAndThePanelsInputs() throws Exception {
        launch("en-US");
        Node dashboard = robot.lookup("#dashboardView").query();
        List<Node> holders = Exportables.under(dashboard);
        assertThat(holders).hasSize(7);
        assertThat(holders.get(0).getStyleClass()).contains("kpi-strip");
        robot.clickOn("#nav-planner");
        WaitForAsyncUtils.waitForFxEvents();
        Node planner = robot.lookup("#plannerView").query();
        var table = Exportables.of(robot.lookup("#planTable").query(), "%d", "x").orElseThrow().table();
        assertThat(table.title()).isEqualTo("Plan by channel");
        assertThat(table.rows().get(table.rows().size() - 1).get(0).text()).isEqualTo("Total");
        assertThat(table.rows().get(0).get(1).numeric()).isTrue();
        // numbers keep the decimals the cells show
        assertThat(table.rows().get(0).get(1).number()).isEqualTo(Math.rint(table.rows().get(0).get(1).number()));
        List<String> inputs = Exportables.inputs(planner, "assumption");
        assertThat(inputs).anyMatch(l -> l.startsWith("Minutes per qualification call: ") && l.endsWith(
                "(assumption)"));
    }

    @Test
    void aToolWindowsChartHasTheSameMenu() throws Exception {
        launch("en-US");
        robot.clickOn("#nav-nonTarget");
        robot.clickOn("#sensitivityButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tornadoChart").tryQuery().isPresent());
        ContextMenu menu = openMenu("#tornadoChart");
        assertThat(texts(menu)).contains("Copy as image", "Export as PDF (vector)…");
        robot.interact(menu::hide);
    }
}
