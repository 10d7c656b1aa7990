package org.funnellab.service;

import org.funnellab.store.Settings;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chosen slides live in the workspace file: saved, closed, opened again. */
class SlideChoiceTest {
    @TempDir
    Path dir;

    @Test
    void aWorkspaceNeverChosenHasNoChoice() {
        try (Workspace w = Workspace.open(dir.resolve("ws.sqlite"))) {
            assertThat(new SlideChoice(w).load()).isEmpty();
        }
    }

    @Test
    void theChosenSlidesAreReadBackInOrderAfterTheFileIsOpenedAgain() {
        Path file = dir.resolve("ws.sqlite");
        List<String> keys = List.of("dashboard/0", "planner/2", "scenarios/comparison", "Группа \"кавычки\"/1");
        try (Workspace w = Workspace.open(file)) {
            new SlideChoice(w).save(List.of("dashboard/1"));
            new SlideChoice(w).save(keys);
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(new SlideChoice(w).load()).contains(keys);
            assertThat(w.settings().get(Settings.PRESENT_SLIDES)).isPresent();
        }
    }

    @Test
    void aPresentationShowsTheScreensHoldingTickedPagesInScreenOrder() {
        List<String> screens = List.of("dashboard", "nonTarget", "cacClv", "velocity", "planner", "scenarios");
        assertThat(SlideChoice.screensToPresent(screens, java.util.Optional.empty())).isEqualTo(screens);
        assertThat(SlideChoice.screensToPresent(screens, java.util.Optional.of(List.of("scenarios/comparison",
                "dashboard/3", "dashboard/0")))).containsExactly("dashboard", "scenarios");
        // a page of a screen that is gone, or a key that only starts like a screen's id, picks nothing
        assertThat(SlideChoice.screensToPresent(screens, java.util.Optional.of(List.of("planner2/0", "old/1"))))
                .isEqualTo(screens);
        // nothing ticked: every screen (a presentation of nothing would not start)
        assertThat(SlideChoice.screensToPresent(screens, java.util.Optional.of(List.of()))).isEqualTo(screens);
    }

    @Test
    void noTickedSlideIsAChoiceToo() {
        Path file = dir.resolve("ws.sqlite");
        try (Workspace w = Workspace.open(file)) {
            new SlideChoice(w).save(List.of());
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(new SlideChoice(w).load()).contains(List.of());
        }
    }

    @Test
    void aDamagedSettingReadsAsNoChoice() {
        Path file = dir.resolve("ws.sqlite");
        try (Workspace w = Workspace.open(file)) {
            w.settings().put(Settings.PRESENT_SLIDES, "{not json");
            assertThat(new SlideChoice(w).load()).isEmpty();
            w.settings().put(Settings.PRESENT_SLIDES, "[1, 2]");
            assertThat(new SlideChoice(w).load()).isEmpty();
        }
    }
}
