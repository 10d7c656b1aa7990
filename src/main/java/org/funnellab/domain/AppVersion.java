package org.funnellab.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * FunnelLab's own version, as the build stamped it from the project version into {@code version.properties}:
 * the same text in the About box, {@code --version} and the installers' package metadata.
 */
public final class AppVersion {
    /** Shown when the resource is missing (classes run straight from an IDE without the build's resources). */
    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/org/funnellab/version.properties";

    private AppVersion() {
    }

    /** The version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return Holder.VERSION;
    }

    /** "FunnelLab 0.1.0". */
    public static String nameAndVersion() {
        return "FunnelLab " + current();
    }

    static String read(InputStream in) throws IOException {
        if (in == null) {
            return UNKNOWN;
        }
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").trim();
        return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
    }

    private static final class Holder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
                return read(in);
            } catch (IOException e) {
                return UNKNOWN;
            }
        }
    }
}
