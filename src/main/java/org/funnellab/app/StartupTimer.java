package org.funnellab.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * Measures what a user waits for at launch: JVM start → first window painted, and → the workspace's data on
 * screen, with the memory the process holds. With {@code funnellab.measureScreens} it then visits every screen and
 * reports the memory again ({@code funnellab.measureHoldMillis} then keeps the process up that long, to be inspected
 * with {@code jcmd}). Reports on stderr and quits; used by the startup measurement, never in normal runs.
 * Each line also gives the wall-clock time (epoch ms) so a harness can measure from the moment it started the process.
 */
final class StartupTimer {
    /** How long each screen is left to build and load its data before the next one. */
    private static final Duration PER_SCREEN = Duration.millis(600);

    private StartupTimer() {
    }

    static void report(WorkspaceViewModel workspace, Scene scene, List<String> screens, Consumer<String> show,
                       java.util.function.BooleanSupplier screenShown) {
        long start = processStart();
        long[] window = {0};
        Runnable[] onPulse = new Runnable[1];
        onPulse[0] = () -> {
            long now = System.currentTimeMillis();
            if (window[0] == 0) {
                window[0] = now;
            }
            if (workspace.snapshotProperty().get() != null && screenShown.getAsBoolean()) {
                scene.removePostLayoutPulseListener(onPulse[0]);
                Runtime rt = Runtime.getRuntime();
                System.err.printf("startup: first window %d ms, data shown %d ms, heap used %d MiB, rss %s, "
                                + "peak rss %s, epoch first window %d, epoch data shown %d, renderers %s%n",
                        window[0] - start, now - start, (rt.totalMemory() - rt.freeMemory()) >> 20,
                        memory("VmRSS:"), memory("VmHWM:"), window[0], now,
                        System.getProperty("prism.order", "default"));
                if (Boolean.getBoolean("funnellab.measureScreens")) {
                    visit(screens, 0, show);
                } else {
                    Platform.exit();
                }
            }
        };
        scene.addPostLayoutPulseListener(onPulse[0]);
        workspace.snapshotProperty().addListener((obs, o, n) -> Platform.requestNextPulse());
        // the first screen is built after the first frame: its pulse (with the data or not) is checked too
        Platform.runLater(Platform::requestNextPulse);
    }

    private static void visit(List<String> screens, int index, Consumer<String> show) {
        if (index == screens.size()) {
            Runtime rt = Runtime.getRuntime();
            System.err.printf("screens: visited %d, heap used %d MiB, rss %s, peak rss %s (anonymous %s, files %s)%n",
                    screens.size(), (rt.totalMemory() - rt.freeMemory()) >> 20, memory("VmRSS:"), memory("VmHWM:"),
                    memory("RssAnon:"), memory("RssFile:"));
            // funnellab.measureHoldMillis keeps the process up after the report, for jcmd or /proc/PID/smaps
            long hold = Long.getLong("funnellab.measureHoldMillis", 0);
            if (hold <= 0) {
                Platform.exit();
                return;
            }
            PauseTransition stay = new PauseTransition(Duration.millis(hold));
            stay.setOnFinished(e -> Platform.exit());
            stay.play();
            return;
        }
        show.accept(screens.get(index));
        PauseTransition wait = new PauseTransition(PER_SCREEN);
        wait.setOnFinished(e -> visit(screens, index + 1, show));
        wait.play();
    }

    /**
     * When the JVM started. (ProcessHandle's process start time is rounded to the kernel's boot-time second, which
     * was off by most of a second on a test machine; a harness measures from the moment it started the process.)
     */
    private static long processStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** A memory figure of this process from /proc (Linux): "VmRSS:" resident now, "VmHWM:" its peak; else "n/a". */
    static String memory(String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return line.substring(key.length()).trim();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }
}
