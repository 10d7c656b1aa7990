package org.funnellab.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which arguments open the window (on which workspace) and which run the command line. */
class LaunchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWindowOnTheUsualWorkspace() {
        LaunchArguments a = LaunchArguments.parse();
        assertThat(a.window()).isTrue();
        assertThat(a.workspace()).isEmpty();
    }

    @Test
    void aWorkspaceFileOpensTheWindowOnItAsAnAbsolutePath() {
        Path ws = dir.resolve("Q3 plan.funnellab.sqlite");
        LaunchArguments a = LaunchArguments.parse(ws.toString());
        assertThat(a.window()).isTrue();
        assertThat(a.workspace()).contains(ws.toAbsolutePath());

        LaunchArguments relative = LaunchArguments.parse("sub/../other.db");
        assertThat(relative.workspace()).contains(Path.of("other.db").toAbsolutePath());
    }

    @Test
    void anExistingFileWithAnotherNameIsAlsoTakenAsAWorkspace() throws IOException {
        Path file = Files.writeString(dir.resolve("renamed-workspace"), "x");
        assertThat(LaunchArguments.parse(file.toString()).workspace()).contains(file.toAbsolutePath());
    }

    @Test
    void macOsProcessSerialNumberIsIgnored() {
        assertThat(LaunchArguments.parse("-psn_0_12345").window()).isTrue();
        assertThat(LaunchArguments.parse("-psn_0_12345", "a.funnellab.sqlite").workspace())
                .contains(Path.of("a.funnellab.sqlite").toAbsolutePath());
    }

    @Test
    void commandsOptionsAndSeveralArgumentsGoToTheCommandLineUnchanged() {
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"metrics"}, {"import", "leads", "x.csv"},
                {"a.sqlite", "b.sqlite"}, {"no-such-thing"}, {"metrics", "--workspace", "w.sqlite"}}) {
            LaunchArguments a = LaunchArguments.parse(args);
            assertThat(a.window()).as(String.join(" ", args)).isFalse();
            assertThat(a.commandLine()).isEqualTo(List.of(args));
        }
    }
}
