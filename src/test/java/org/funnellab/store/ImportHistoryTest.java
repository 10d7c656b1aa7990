package org.funnellab.store;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportHistoryTest {
    @TempDir
    Path dir;

    @Test
    void committedImportsAreListedNewestFirstWithTheirRejectedRowsInFileOrder() {
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            try (ImportTransaction tx = ws.begin(new ImportBatchInfo(ImportKind.LEADS, "amo.csv", "ff00", "amocrm",
                    "{\"a\":1}"))) {
                tx.upsert(TestLeads.lead("1", "2024-01-01", "SEO", Stage.LEAD, LeadStatus.OPEN, Target.TARGET));
                tx.reject(9, "no date", "x;;y");
                tx.reject(3, "unknown stage", "a;b");
                tx.commit();
            }
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "cancelled.csv"))) {
                tx.reject(1, "bad", "z");
            }
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
                tx.commit();
            }
            List<ImportHistory.Batch> batches = ws.importHistory().batches();
            assertThat(batches).extracting(ImportHistory.Batch::fileName).containsExactly("costs.csv", "amo.csv");
            ImportHistory.Batch amo = batches.get(1);
            assertThat(List.of(amo.read(), amo.imported(), amo.rejected())).containsExactly(3L, 1L, 2L);
            assertThat(amo.preset()).isEqualTo("amocrm");
            assertThat(amo.finishedAt()).isAfterOrEqualTo(amo.startedAt());
            assertThat(ws.importHistory().rejections(amo.id())).containsExactly(
                    new ImportHistory.Rejection(3, "unknown stage", "a;b"),
                    new ImportHistory.Rejection(9, "no date", "x;;y"));
        }
    }

    @Test
    void aSavedMappingCanBeReplacedListedAndDeleted() {
        try (Workspace ws = Workspace.open(TestLeads.file(dir))) {
            SavedMappings m = ws.savedMappings();
            m.save("Мой amoCRM", ImportKind.LEADS, "{\"v\":1}");
            m.save("Мой amoCRM", ImportKind.LEADS, "{\"v\":2}");
            m.save("Мой amoCRM", ImportKind.COSTS, "{\"c\":1}");
            m.save("Bitrix", ImportKind.LEADS, "{}");
            assertThat(m.names(ImportKind.LEADS)).containsExactly("Bitrix", "Мой amoCRM");
            assertThat(m.load("Мой amoCRM", ImportKind.LEADS)).contains("{\"v\":2}");
            m.delete("Мой amoCRM", ImportKind.LEADS);
            assertThat(m.load("Мой amoCRM", ImportKind.LEADS)).isEmpty();
            assertThat(m.load("Мой amoCRM", ImportKind.COSTS)).isPresent();
        }
    }
}
