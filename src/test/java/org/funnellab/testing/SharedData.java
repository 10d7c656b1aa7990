package org.funnellab.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Optional real data sets kept beside the project (in {@code ../shared/data}); tests that use them skip cleanly
 * when they are absent. {@code -Dfunnellab.sharedData=DIR} points elsewhere.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> dir(String name) {
        String override = System.getProperty("funnellab.sharedData");
        Path base = override != null ? Path.of(override) : Path.of("..", "shared", "data");
        Path d = base.resolve(name);
        return Files.isDirectory(d) ? Optional.of(d.toAbsolutePath().normalize()) : Optional.empty();
    }

    /** The Olist marketing-funnel pair (mql.csv + closed_deals.csv), when present. */
    public static Optional<Path> olist() {
        return dir("olist-marketing-funnel").filter(d -> Files.isRegularFile(d.resolve("mql.csv"))
                && Files.isRegularFile(d.resolve("closed_deals.csv")));
    }
}
