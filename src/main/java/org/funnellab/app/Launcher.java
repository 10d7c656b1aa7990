package org.funnellab.app;

/**
 * Entry point of the jar. It does not extend {@code Application}, so JavaFX can start from the plain classpath
 * (java -jar) and from a packaged image. With no arguments it opens the window; with a workspace file as its only
 * argument it opens the window on that workspace; with anything else it runs the command line and opens no window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API; with no Log4j behind it, use its simple logger (errors only)
        // instead of a start-up complaint on stderr.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        quietLibraryLogging();
        org.funnellab.store.SqliteNative.prepare();
        LaunchArguments launch = LaunchArguments.parse(args);
        if (!launch.window()) {
            System.exit(org.funnellab.cli.FunnelLabCommand.run(launch.commandLine().toArray(String[]::new)));
        }
        createCacheFolder();
        SoftwareRendering.chooseBeforeToolkit();
        javafx.application.Application.launch(FunnelLabApp.class, args);
    }

    /**
     * Libraries (the SQLite driver) log through SLF4J, which FunnelLab ships without a backend: without this, every
     * start prints SLF4J's "no providers" notice on stderr, and the driver could print its own warnings there. A
     * provider chosen with {@code -Dslf4j.provider} is respected.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    /**
     * A packaged app without a trained start-up archive has the JVM write one into the user's cache folder when it
     * exits ({@code funnellab.cacheDir}, set by the launcher); the JVM does not create the folder itself.
     */
    private static void createCacheFolder() {
        String dir = System.getProperty("funnellab.cacheDir");
        if (dir != null) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            } catch (java.io.IOException | RuntimeException e) {
                // no archive then: the app starts as it would without one
            }
        }
    }
}
