package org.funnellab.app;

/**
 * Entry point of the jar. It does not extend {@code Application}, so JavaFX can start from the plain classpath
 * (java -jar) and from a packaged image. With arguments it runs the command line and opens no window.
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
        if (args.length > 0) {
            System.exit(org.funnellab.cli.FunnelLabCommand.run(args));
        }
        javafx.application.Application.launch(FunnelLabApp.class, args);
    }
}
