package org.funnellab.app;

/**
 * Entry point of the jar. It does not extend {@code Application}, so JavaFX can start from the plain classpath
 * (java -jar) and from a packaged image. With arguments it runs the command line and opens no window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        org.funnellab.store.SqliteNative.prepare();
        if (args.length > 0) {
            System.exit(org.funnellab.cli.FunnelLabCommand.run(args));
        }
        javafx.application.Application.launch(FunnelLabApp.class, args);
    }
}
