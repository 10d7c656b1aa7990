package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrong input: a clear message naming the file and the problem, exit 2 (usage) or 1 (data), nothing written. */
class CliErrorsTest {
    @TempDir
    Path dir;
    private Path ws;
    private FunnelFacts before;

    @BeforeEach
    void workspaceWithKnownData() {
        ws = dir.resolve("known.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 300, 7);
            before = w.queries().facts(Filters.ALL, Stage.SQL);
        }
    }

    private void assertUnchanged() {
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(before);
        }
    }

    @Test
    void aMissingFileIsAUsageErrorNamingTheFile() {
        Cli.Result r = Cli.run("import", "leads", dir.resolve("nope.csv").toString(), "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("nope.csv").contains("no such file");
        assertThat(r.out()).isEmpty();
        assertUnchanged();
    }

    @Test
    void aMissingFileCreatesNoWorkspace() {
        Path fresh = dir.resolve("fresh.sqlite");
        Cli.Result r = Cli.run("import", "costs", dir.resolve("nope.csv").toString(), "--workspace", fresh.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void aMalformedFileIsADataErrorNamingTheLineAndChangesNothing() {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("bad_truncated_quote.csv").toString(), "--preset",
                "amocrm", "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("bad_truncated_quote.csv").contains("line");
        assertUnchanged();
    }

    @Test
    void aMalformedFileIntoANewWorkspaceLeavesNoFileBehind() {
        Path fresh = dir.resolve("fresh.sqlite");
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("bad_truncated_quote.csv").toString(), "--preset",
                "amocrm", "--workspace", fresh.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(fresh).doesNotExist();
        assertThat(Path.of(fresh + "-journal")).doesNotExist();
    }

    @Test
    void anUnknownPresetIsAUsageErrorListingTheKnownOnes() {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--preset", "zoho",
                "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("zoho").contains("amocrm").contains("pipedrive");
        assertUnchanged();
    }

    @Test
    void aBadStageMapIsAUsageError() {
        for (String bad : new String[] {"Won", "X=NOWHERE", "X=SQL:MAYBE", "X=WON:LOST"}) {
            Cli.Result r = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--stage-map", bad,
                    "--workspace", ws.toString());
            assertThat(r.exit()).as(bad).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(bad).contains("--stage-map");
        }
        assertUnchanged();
    }

    @Test
    void aBadDateFormatIsAUsageError() {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--date-format",
                "yyyy/dd", "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--date-format").contains("yyyy/dd");
        assertUnchanged();
    }

    @Test
    void aMissingMappingFileIsAUsageErrorNamingIt() throws Exception {
        Path notJson = Files.writeString(dir.resolve("m.json"), "{ not json");
        Cli.Result missing = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--mapping",
                dir.resolve("gone.json").toString(), "--workspace", ws.toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("gone.json");
        Cli.Result broken = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--mapping",
                notJson.toString(), "--workspace", ws.toString());
        assertThat(broken.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains("m.json").contains("not a mapping");
        assertUnchanged();
    }

    @Test
    void aBadMonthIsAUsageError() {
        Cli.Result r = Cli.run("metrics", "--from", "2025-13", "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("2025-13").contains("YYYY-MM");
        Cli.Result reversed = Cli.run("metrics", "--from", "2025-06", "--to", "2025-01", "--workspace", ws.toString());
        assertThat(reversed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(reversed.err()).contains("after");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("import").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void scenarioListSaysThereAreNoneYet() {
        Cli.Result r = Cli.run("scenario", "list", "--workspace", ws.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("no scenarios yet");
    }
}
