package org.funnellab.ui;

import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceViewModelTest {
    @TempDir
    Path dir;
    private Path file;
    private final FiltersViewModel filters = new FiltersViewModel();
    private WorkspaceViewModel vm;

    @BeforeEach
    void demoWorkspace() {
        file = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 1500, 11);
        }
        vm = new WorkspaceViewModel(new CurrentThreadTaskExecutor(), filters);
    }

    @Test
    void openingOffersTheDataRangeAndLoadsTheFactsOfEverything() {
        vm.open(file);
        assertThat(vm.nameProperty().get()).isEqualTo(DemoData.DISPLAY_NAME);
        assertThat(vm.demoProperty().get()).isTrue();
        assertThat(filters.channels()).isNotEmpty();
        assertThat(vm.dataRangeProperty().get().to()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(vm.snapshotProperty().get().total().leads()).isEqualTo(1500);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aFilterChangeReloadsTheSnapshotForThatSelection() {
        vm.open(file);
        String channel = filters.channels().get(0);
        filters.selectedChannels().add(channel);
        assertThat(vm.snapshotProperty().get().filters().channels()).containsExactly(channel);
        try (Workspace ws = Workspace.open(file)) {
            long expected = ws.queries().facts(Filters.ALL.withChannels(java.util.Set.of(channel)), Stage.SQL).leads();
            assertThat(vm.snapshotProperty().get().total().leads()).isEqualTo(expected).isLessThan(1500);
        }
    }

    @Test
    void openingAnOlderWorkspaceSaysItIsUpgradingUntilItIsOpen() throws Exception {
        Path old = dir.resolve("old.sqlite");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old)) {
            c.setAutoCommit(false);
            org.funnellab.store.MigrationsAccess.applyUpTo(c, 6);
            c.commit();
        }
        java.util.List<Boolean> seen = new java.util.ArrayList<>();
        vm.upgradingProperty().addListener((o, a, b) -> seen.add(b));
        vm.open(old);
        assertThat(seen).containsExactly(true, false);
        assertThat(vm.workspaceProperty().get().schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);

        seen.clear();
        vm.open(file);
        assertThat(seen).as("a current workspace opens without the note").isEmpty();
    }

    @Test
    void aWorkspaceWithoutANameIsCalledByItsFileName() {
        vm.open(dir.resolve("q3-plan.funnellab.sqlite"));
        assertThat(vm.nameProperty().get()).isEqualTo("q3-plan");
    }

    @Test
    void aFileThatIsNotAWorkspaceGivesAMessageAndKeepsTheOpenOne() throws Exception {
        vm.open(file);
        Path junk = dir.resolve("notes.sqlite");
        Files.writeString(junk, "this is not a database, just text that happens to be long enough to read");
        vm.open(junk);
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.workspaceProperty().get().file()).isEqualTo(file.toAbsolutePath());
        assertThat(vm.snapshotProperty().get().total().leads()).isEqualTo(1500);
    }

    @Test
    void aFileThatFailsToOpenIsNeverRememberedAndItsMessageHasNoClassNameOrCode() throws Exception {
        java.util.List<Path> remembered = new java.util.ArrayList<>();
        vm.setOnOpened(remembered::add);
        vm.open(file);
        assertThat(remembered).containsExactly(file.toAbsolutePath());
        Path csv = Files.writeString(dir.resolve("deals.csv"), "ID;Name\n1;Acme\n".repeat(100));
        vm.open(csv);
        assertThat(remembered).containsExactly(file.toAbsolutePath());
        assertThat(vm.errorProperty().get()).contains("not a FunnelLab workspace").doesNotContain("SQLITE_")
                .doesNotContain("Exception").doesNotContain("org.");
        // the window says it in the interface language
        assertThat(vm.errorKeyProperty().get()).isEqualTo("workspace.error.NOT_A_WORKSPACE");
        assertThat(new org.funnellab.ui.common.I18n(java.util.Locale.ENGLISH)
                .format(vm.errorKeyProperty().get(), vm.errorFileProperty().get()))
                .isEqualTo("deals.csv is not a FunnelLab workspace; it was not changed.");
        assertThat(new org.funnellab.ui.common.I18n(java.util.Locale.forLanguageTag("ru"))
                .format(vm.errorKeyProperty().get(), vm.errorFileProperty().get()))
                .isEqualTo("deals.csv — не рабочее пространство FunnelLab; файл не изменён.");
        vm.open(file);
        assertThat(vm.errorKeyProperty().get()).isEmpty();
    }

    @Test
    void aNewerOrLockedWorkspaceIsNamedByKindForTheWindowsLanguage() throws Exception {
        Path newer = dir.resolve("newer.sqlite");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE t (x)");
            st.executeUpdate("PRAGMA user_version = " + (Workspace.LATEST_VERSION + 1));
        }
        vm.open(newer);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("workspace.error.NEWER_VERSION");
        assertThat(vm.errorFileProperty().get()).isEqualTo("newer.sqlite");
    }

    @Test
    void aFailureWithoutAMessageIsStillASentence() {
        assertThat(org.funnellab.ui.common.UserMessages.of(new NullPointerException())).isNotBlank()
                .doesNotContain("Exception");
        assertThat(org.funnellab.ui.common.UserMessages.of(new IllegalStateException(
                "java.lang.IllegalArgumentException: No enum constant org.funnellab.domain.Stage.X")))
                .doesNotContain("java.").doesNotContain("Exception").doesNotContain("org.funnellab");
        assertThat(org.funnellab.ui.common.UserMessages.of(new RuntimeException(new java.sql.SQLException(
                "[SQLITE_BUSY] The database file is locked (database is locked)")))).doesNotContain("SQLITE_");
    }
}
