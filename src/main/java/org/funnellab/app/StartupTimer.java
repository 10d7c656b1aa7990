package org.funnellab.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.lang.management.ManagementFactory;

/**
 * Measures what a user waits for at launch: process start → first window painted, and → the workspace's data on
 * screen. Reports on stderr and quits; used by the startup measurement, never in normal runs.
 */
final class StartupTimer {
    private StartupTimer() {
    }

    static void report(WorkspaceViewModel workspace, Scene scene) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] window = {0};
        Runnable[] onPulse = new Runnable[1];
        onPulse[0] = () -> {
            if (window[0] == 0) {
                window[0] = System.currentTimeMillis() - start;
            }
            if (workspace.snapshotProperty().get() != null) {
                long data = System.currentTimeMillis() - start;
                scene.removePostLayoutPulseListener(onPulse[0]);
                Runtime rt = Runtime.getRuntime();
                System.err.printf("startup: first window %d ms, data shown %d ms, heap used %d MiB, rss %s%n",
                        window[0], data, (rt.totalMemory() - rt.freeMemory()) >> 20, rss());
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(onPulse[0]);
        workspace.snapshotProperty().addListener((obs, o, n) -> Platform.requestNextPulse());
    }

    /** Resident set size from /proc (Linux), "n/a" elsewhere. */
    static String rss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
        return "n/a";
    }
}
