package org.funnellab.store;

import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceSaveAsTest {
    @TempDir
    Path dir;

    @Test
    void aSavedCopyHoldsTheSameDataAndTheOriginalStaysOpen() {
        try (Workspace ws = Workspace.open(dir.resolve("a.sqlite"))) {
            DemoData.fill(ws, YearMonth.of(2025, 6), 600, 5);
            ws.settings().setDisplayName("Q3 plan");
            ws.saveCopyTo(dir.resolve("copies/b.sqlite"));
            var original = ws.queries().facts(Filters.ALL, Stage.SQL);
            try (Workspace copy = Workspace.open(dir.resolve("copies/b.sqlite"))) {
                assertThat(copy.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(original);
                assertThat(copy.settings().displayName()).isEqualTo("Q3 plan");
            }
            assertThat(ws.queries().facts(Filters.ALL, Stage.SQL).leads()).isEqualTo(600);
        }
    }

    @Test
    void savingOverAnExistingFileIsRefused() {
        try (Workspace ws = Workspace.open(dir.resolve("a.sqlite"));
             Workspace other = Workspace.open(dir.resolve("b.sqlite"))) {
            assertThatThrownBy(() -> ws.saveCopyTo(other.file())).hasMessageContaining("already exists");
        }
    }
}
