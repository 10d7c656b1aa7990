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
        LaunchArguments launch = LaunchArguments.parse(args);
        if (!launch.window()) {
            System.exit(org.funnellab.cli.FunnelLabCommand.run(launch.commandLine().toArray(String[]::new)));
        }
        javafx.application.Application.launch(FunnelLabApp.class, args);
    }
}
