package org.funnellab.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UserPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void choicesSurviveARestart() {
        Path file = dir.resolve("preferences.json");
        try (UserPreferences p = UserPreferences.load(file)) {
            p.setLanguage("ru-RU");
            p.setDark(true);
            p.setAssumption("nonTarget.minutesPerCall", 12);
            p.workspaceOpened(dir.resolve("a.sqlite"));
            p.workspaceOpened(dir.resolve("b.sqlite"));
            p.workspaceOpened(dir.resolve("a.sqlite"));
        }
        try (UserPreferences p = UserPreferences.load(file)) {
            assertThat(p.language()).isEqualTo("ru-RU");
            assertThat(p.dark()).isTrue();
            assertThat(p.assumption("nonTarget.minutesPerCall")).isEqualTo(12.0);
            assertThat(p.recentWorkspaces()).extracting(Path::getFileName).extracting(Path::toString)
                    .containsExactly("a.sqlite", "b.sqlite");
        }
    }

    @Test
    void aDamagedFileStartsEmptyInsteadOfFailing() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{ not json");
        try (UserPreferences p = UserPreferences.load(file)) {
            assertThat(p.language()).isNull();
            assertThat(p.recentWorkspaces()).isEmpty();
        }
    }

    @Test
    void theRecentListKeepsTheNewestEight() {
        try (UserPreferences p = UserPreferences.load(dir.resolve("p.json"))) {
            for (int i = 0; i < 12; i++) {
                p.workspaceOpened(dir.resolve("w" + i + ".sqlite"));
            }
            assertThat(p.recentWorkspaces()).hasSize(8);
            assertThat(p.recentWorkspaces().get(0).getFileName().toString()).isEqualTo("w11.sqlite");
        }
    }

    @Test
    void theWindowsBoundsAndMaximisedStateSurviveARestart() {
        Path file = dir.resolve("w.json");
        try (UserPreferences p = UserPreferences.load(file)) {
            assertThat(p.window()).isNull();
            p.setWindow(40, 30, 1200, 740, true);
        }
        try (UserPreferences p = UserPreferences.load(file)) {
            UserPreferences.WindowState w = p.window();
            assertThat(w.x).isEqualTo(40);
            assertThat(w.y).isEqualTo(30);
            assertThat(w.width).isEqualTo(1200);
            assertThat(w.height).isEqualTo(740);
            assertThat(w.maximized).isTrue();
        }
    }
}
