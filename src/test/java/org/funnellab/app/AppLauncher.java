package org.funnellab.app;

import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

/** Starts the whole app for a test, on a given workspace, data folder, language and first screen, and cleans up. */
final class AppLauncher {
    private static final String[] PROPERTIES = {"funnellab.dataDir", "funnellab.workspace", "funnellab.lang",
        "funnellab.screen"};

    private AppLauncher() {
    }

    /** Launches the app; {@code screen} null for the default first screen. */
    static Stage launch(Path dataDir, Path workspace, String lang, String screen) throws Exception {
        System.setProperty("funnellab.dataDir", dataDir.toString());
        System.setProperty("funnellab.workspace", workspace.toString());
        System.setProperty("funnellab.lang", lang);
        if (screen != null) {
            System.setProperty("funnellab.screen", screen);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(FunnelLabApp.class);
        return stage;
    }

    /** Closes the app's windows and forgets the launch properties. */
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
    }
}
