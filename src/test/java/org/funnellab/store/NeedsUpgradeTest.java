package org.funnellab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether opening will upgrade a file is read without changing a byte of it. */
class NeedsUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void onlyAnOlderWorkspaceNeedsAnUpgradeAndTheCheckWritesNothing() throws Exception {
        Path old = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 6);
            c.commit();
        }
        byte[] before = Files.readAllBytes(old);
        assertThat(Workspace.needsUpgrade(old)).isTrue();
        assertThat(Files.readAllBytes(old)).isEqualTo(before);

        Path current = dir.resolve("current.sqlite");
        Workspace.open(current).close();
        assertThat(Workspace.needsUpgrade(current)).isFalse();
        assertThat(Workspace.needsUpgrade(dir.resolve("missing.sqlite"))).isFalse();
        Path text = Files.writeString(dir.resolve("notes.sqlite"), "not a database, only some words of text here");
        assertThat(Workspace.needsUpgrade(text)).isFalse();
        assertThat(Files.readString(text)).isEqualTo("not a database, only some words of text here");

        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.schemaVersion()).isEqualTo(Workspace.LATEST_VERSION);
        }
        assertThat(Workspace.needsUpgrade(old)).isFalse();
    }
}
