package org.funnellab.arch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed app's Linux launcher (installer/launcher/FunnelLab.sh) starts the bundled runtime with exactly the
 * class path, main class and options of the image's configuration file, then the user's arguments untouched. Run
 * here against a stand-in runtime that prints what it was given, from a folder whose name needs quoting and escaping.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    private static final Path SCRIPT = Path.of("installer/launcher/FunnelLab.sh");

    @TempDir
    Path dir;

    @Test
    void passesTheConfigurationsOptionsClassPathAndMainClassThenTheArguments() throws Exception {
        Path root = dir.resolve("Program Files|&\\ x").resolve("FunnelLab");
        Path launcher = root.resolve("bin/FunnelLab");
        Path app = root.resolve("lib/app");
        Path java = root.resolve("lib/runtime/bin/java");
        Files.createDirectories(launcher.getParent());
        Files.createDirectories(app);
        Files.createDirectories(java.getParent());
        Files.writeString(launcher, Files.readString(SCRIPT).replace("@CFG@", "FunnelLab.cfg"));
        Files.writeString(app.resolve("FunnelLab.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/funnellab.jar",
                "app.mainclass=org.funnellab.app.Launcher",
                "app.classpath=$APPDIR/lib/a b.jar",
                "",
                "[JavaOptions]",
                "java-options=-XX:AOTCache=$APPDIR/funnellab.aot",
                "java-options=-Dfunnellab.cacheDir=$HOME/.cache/funnellab",
                "java-options=-Dlayout=$ROOTDIR|$BINDIR",
                "java-options=-Xmx192m",
                "java-options=-Dkept=$OTHER and 5$",
                ""));
        // the stand-in runtime: one argument a line
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        for (Path p : List.of(launcher, java)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path home = dir.resolve("home dir");
        Files.createDirectories(home);
        // started through a symbolic link, as a menu entry or /usr/bin link may
        Path link = Files.createSymbolicLink(dir.resolve("funnellab"), launcher);

        ProcessBuilder pb = new ProcessBuilder(link.toString(), "my workspace.funnellab.sqlite", "*", "--version", "")
                .redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        String appDir = app.toRealPath().toString();
        String rootDir = root.toRealPath().toString();
        assertThat(out.split("\n", -1)).containsExactly(
                "-XX:AOTCache=" + appDir + "/funnellab.aot",
                "-Dfunnellab.cacheDir=" + home + "/.cache/funnellab",
                "-Dlayout=" + rootDir + "|" + rootDir + "/bin",
                "-Xmx192m",
                "-Dkept=$OTHER and 5$",
                "-cp", appDir + "/funnellab.jar:" + appDir + "/lib/a b.jar",
                "org.funnellab.app.Launcher",
                "my workspace.funnellab.sqlite", "*", "--version", "",
                "");
    }

    @Test
    void aMissingConfigurationStopsWithAnError() throws IOException, InterruptedException {
        Path launcher = dir.resolve("FunnelLab/bin/FunnelLab");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, Files.readString(SCRIPT).replace("@CFG@", "FunnelLab.cfg"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process p = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(out).contains("cannot read").contains("FunnelLab.cfg");
    }
}
