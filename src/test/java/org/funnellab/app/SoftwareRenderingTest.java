package org.funnellab.app;

import org.funnellab.app.SoftwareRendering.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SoftwareRenderingTest {
    @TempDir
    Path dev;

    /** What a Java 22+ runtime decides where GTK's variable can be set; older runtimes leave GTK probing. */
    private static Choice noDevice() {
        return Runtime.version().feature() >= 22 ? Choice.SOFTWARE : Choice.SOFTWARE_GTK_PROBES;
    }

    @Test
    void aFolderWithoutGraphicsDevicesChoosesTheSoftwareRenderer() throws IOException {
        Files.createDirectories(dev.resolve("input"));
        Files.createFile(dev.resolve("null"));
        Files.createFile(dev.resolve("tty0"));

        assertThat(SoftwareRendering.hasGraphicsDevice(dev)).isFalse();
        assertThat(SoftwareRendering.choose(true, null, Map.of(), dev)).isEqualTo(noDevice());
    }

    @Test
    void anyDrmOrNvidiaDeviceLeavesTheHardwarePipelineAlone() throws IOException {
        List<String> nodes = List.of("dri/card0", "dri/renderD128", "nvidia0", "nvidiactl");
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            Path d = Files.createDirectories(dev.resolve("case" + i));
            Path file = d.resolve(node);
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            assertThat(SoftwareRendering.hasGraphicsDevice(d)).as(node).isTrue();
            assertThat(SoftwareRendering.choose(true, null, Map.of(), d)).as(node).isEqualTo(Choice.UNCHANGED);
        }
        // an empty dri folder (the driver not loaded) holds no device
        Path empty = Files.createDirectories(dev.resolve("empty"));
        Files.createDirectories(empty.resolve("dri"));
        assertThat(SoftwareRendering.hasGraphicsDevice(empty)).isFalse();
    }

    @Test
    void theUsersOwnChoiceAndOtherSystemsAreLeftAsTheyAre() {
        assertThat(SoftwareRendering.choose(false, null, Map.of(), dev)).isEqualTo(Choice.UNCHANGED);
        assertThat(SoftwareRendering.choose(true, "es2", Map.of(), dev)).isEqualTo(Choice.UNCHANGED);
        assertThat(SoftwareRendering.choose(true, null, Map.of("GDK_GL", "always"), dev))
                .isEqualTo(Choice.SOFTWARE_GTK_PROBES);
        // a /dev that cannot be read changes nothing
        assertThat(SoftwareRendering.choose(true, null, Map.of(), dev.resolve("missing"))).isEqualTo(Choice.UNCHANGED);
    }

    /**
     * The C environment is really changed on a Java 22+ runtime (the installed app's): a child JVM of such a runtime,
     * found beside this one, sets a variable and reads it back through the C library. Skipped where none is installed.
     */
    @Test
    void aNewerRuntimeSetsTheVariableGtkReads() throws Exception {
        Path java = newerJava();
        assumeTrue(java != null, "no Java 22+ runtime on this machine");
        Process p = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Child.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("before=null set=true after=disable");
    }

    /** Runs in the child JVM. */
    public static final class Child {
        public static void main(String[] args) {
            String before = SoftwareRendering.environmentValue("FUNNELLAB_TEST_GDK_GL");
            boolean set = SoftwareRendering.setEnvironment("FUNNELLAB_TEST_GDK_GL", "disable");
            String after = SoftwareRendering.environmentValue("FUNNELLAB_TEST_GDK_GL");
            System.out.println("before=" + before + " set=" + set + " after=" + after);
        }
    }

    /** A Java 22+ runtime: this one, or one installed beside it (same parent folder). */
    private static Path newerJava() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        List<Path> homes = new ArrayList<>(List.of(home));
        if (home.getParent() != null) {
            try (Stream<Path> siblings = Files.list(home.getParent())) {
                siblings.sorted().forEach(homes::add);
            }
        }
        for (Path h : homes) {
            Path java = h.resolve("bin").resolve("java");
            Path release = h.resolve("release");
            if (Files.isExecutable(java) && Files.isRegularFile(release)) {
                String text = Files.readString(release);
                Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(text);
                if (m.find() && Integer.parseInt(m.group(1)) >= 22) {
                    return java;
                }
            }
        }
        return null;
    }
}
