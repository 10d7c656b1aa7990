package org.funnellab.ui.export;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import javafx.util.Duration;
import org.funnellab.app.FunnelLabApp;
import org.funnellab.export.ExportFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the app (system properties as for {@link FunnelLabApp}) and writes what the export menu would for a few
 * charts, the KPI cards and the planner table, into the folder given as the only argument — for looking at by eye.
 */
public final class ExportSamplesMain {
    private ExportSamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Platform.startup(() -> {
            try {
                new FunnelLabApp().start(new javafx.stage.Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            PauseTransition later = new PauseTransition(Duration.seconds(8));
            later.setOnFinished(e -> {
                Scene scene = Window.getWindows().get(0).getScene();
                ExportMenus menus = (ExportMenus) scene.getProperties().get(ExportMenus.class);
                write(menus, scene.lookup("#funnelChart"), out.resolve("funnel"));
                write(menus, scene.lookup("#monthlyChart"), out.resolve("monthly"));
                write(menus, scene.lookup(".kpi-strip"), out.resolve("kpis"));
                ((ToggleButton) scene.lookup("#nav-planner")).fire();
                PauseTransition planner = new PauseTransition(Duration.seconds(2));
                planner.setOnFinished(x -> {
                    write(menus, scene.lookup("#planTable"), out.resolve("plan"));
                    write(menus, scene.lookup("#spendChart"), out.resolve("spend"));
                    pack(menus, scene, out);
                    Platform.exit();
                });
                planner.play();
            });
            later.play();
        });
    }

    private static void write(ExportMenus menus, Node node, Path base) {
        try {
            Exportable e = menus.exportable(node).orElseThrow();
            for (ExportFormat f : ExportFormat.values()) {
                if (!f.picture() && e.table() == null) {
                    continue;
                }
                Files.write(f.withExtension(base), menus.render(e, f, ExportOptions.DEFAULT));
            }
            Files.write(Path.of(base + "-dark.png"), menus.render(e, ExportFormat.PNG,
                    new ExportOptions(ExportOptions.DEFAULT.size(), true)));
        } catch (Exception ex) {
            throw new IllegalStateException(base.toString(), ex);
        }
    }

    /** The meeting pack over the dashboard and the planner, as PDF and PPTX. */
    private static void pack(ExportMenus menus, Scene scene, Path out) {
        try {
            List<MeetingPack.Item> items = new ArrayList<>();
            for (String id : List.of("#dashboardView", "#plannerView")) {
                Node view = scene.lookup(id);
                if (view == null) {
                    continue;
                }
                MeetingPack.Section section = new MeetingPack.Section(id.substring(1), id.substring(1), view);
                for (Node holder : Exportables.under(view)) {
                    menus.exportable(holder).ifPresent(e -> items.add(new MeetingPack.Item(id + " — " + e.title(),
                            section, e)));
                }
            }
            Files.write(out.resolve("pack.pdf"), MeetingPack.render(menus.context(), items, "FunnelLab — pack", false));
            Files.write(out.resolve("pack.pptx"), MeetingPack.render(menus.context(), items, "FunnelLab — pack", true));
        } catch (Exception ex) {
            throw new IllegalStateException("pack", ex);
        }
    }
}
