package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import leads}: every preset fixture, re-import, rejected rows, the text summary. */
class ImportLeadsCommandTest {
    @TempDir
    Path dir;

    private Path ws() {
        return dir.resolve("w.sqlite");
    }

    private static long leadsIn(Path workspace) {
        try (Workspace ws = Workspace.open(workspace)) {
            return ws.queries().facts(Filters.ALL, Stage.SQL).leads();
        }
    }

    @ParameterizedTest(name = "{0} with preset {1}")
    @CsvSource({
            "amocrm_deals.csv,            amocrm,     12, 12, 0, amocrm",
            "bitrix24_deals.xls,          bitrix24,   11,  7, 1, bitrix24",
            "bitrix24_deals_cp1251.csv,   bitrix24,   11,  7, 1, bitrix24",
            "hubspot_deals.csv,           hubspot,    10, 10, 0, hubspot",
            "salesforce_report.csv,       salesforce, 10, 10, 0, salesforce",
            "pipedrive_deals.csv,         pipedrive,   8,  7, 1, pipedrive",
            "pipedrive_deals_ru.csv,      pipedrive,   6,  6, 0, pipedrive",
            "generic_utf16.tsv,           generic,     6,  6, 0, generic"})
    void eachPresetFixtureImportsWithTheExpectedCounts(String file, String preset, long read, long inserted,
                                                       long rejected, String source) {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture(file).toString(), "--preset", preset,
                "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("read").asLong()).isEqualTo(read);
        assertThat(j.get("inserted").asLong()).isEqualTo(inserted);
        assertThat(j.get("updated").asLong()).isZero();
        assertThat(j.get("rejected").asLong()).isEqualTo(rejected);
        assertThat(j.get("sourceSystem").asText()).isEqualTo(source);
        assertThat(leadsIn(ws())).isEqualTo(inserted);
    }

    @ParameterizedTest(name = "{0} is recognised as {1}")
    @CsvSource({"amocrm_deals.csv, amocrm", "hubspot_deals.csv, hubspot", "salesforce_report.csv, salesforce",
            "pipedrive_deals.csv, pipedrive", "bitrix24_deals_cp1251.csv, bitrix24"})
    void thePresetIsDetectedFromTheHeaderWhenNotGiven(String file, String source) {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture(file).toString(), "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("sourceSystem").asText()).isEqualTo(source);
        assertThat(r.json().get("inserted").asLong()).isPositive();
    }

    @Test
    void theGeneratedBenchmarkCsvImportsWithoutRejectionsAndEqualsTheSameLeadsStoredDirectly() {
        Path csv = dir.resolve("demo.csv");
        org.funnellab.store.DemoData.writeLeadsCsv(csv, 3_000, 21);
        Cli.Result r = Cli.run("import", "leads", csv.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("rejected").asLong()).as(r.out()).isZero();
        assertThat(r.json().get("inserted").asLong()).isEqualTo(3_000);
        assertThat(r.json().get("sourceSystem").asText()).isEqualTo("generic");
        Path direct = dir.resolve("direct.sqlite");
        FunnelFacts imported;
        FunnelFacts stored;
        try (Workspace a = Workspace.open(ws()); Workspace b = Workspace.open(direct)) {
            org.funnellab.store.DemoData.fill(b, org.funnellab.store.DemoData.CSV_ANCHOR, 3_000, 21);
            imported = a.queries().facts(Filters.ALL, Stage.SQL);
            stored = b.queries().facts(Filters.ALL, Stage.SQL);
        }
        assertThat(imported.reached()).isEqualTo(stored.reached());
        assertThat(new long[] {imported.target(), imported.nonTarget(), imported.unknown(), imported.won(),
                imported.lost(), imported.open(), imported.wonWithCycle()})
                .isEqualTo(new long[] {stored.target(), stored.nonTarget(), stored.unknown(), stored.won(),
                        stored.lost(), stored.open(), stored.wonWithCycle()});
        assertThat(imported.wonRevenue()).isEqualByComparingTo(stored.wonRevenue());
    }

    @Test
    void aSecondImportOfTheSameFileReportsEveryRowUnchanged() {
        String file = Cli.fixture("amocrm_deals.csv").toString();
        Cli.Result first = Cli.run("import", "leads", file, "--workspace", ws().toString(), "--json");
        Cli.Result second = Cli.run("import", "leads", file, "--workspace", ws().toString(), "--json");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.json().get("inserted").asLong()).isZero();
        assertThat(second.json().get("updated").asLong()).isZero();
        assertThat(second.json().get("unchanged").asLong()).isEqualTo(first.json().get("inserted").asLong())
                .isEqualTo(12);
        assertThat(leadsIn(ws())).isEqualTo(12);
    }

    @Test
    void rejectedRowsAreListedWithTheirLinesAndWrittenAsCsv() throws Exception {
        Path rejected = dir.resolve("rejected.csv");
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("bad_date.csv").toString(), "--workspace",
                ws().toString(), "--json", "--rejected-csv", rejected.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        long count = j.get("rejected").asLong();
        assertThat(count).isPositive();
        assertThat(j.get("rejectedRows")).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("line").asLong()).isPositive();
            assertThat(row.get("reason").asText()).isNotBlank();
        });
        var lines = Files.readAllLines(rejected, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFline,reason");
        assertThat(lines).hasSize((int) count + 1);
        assertThat(leadsIn(ws())).isEqualTo(j.get("inserted").asLong());
    }

    @Test
    void theTextSummaryNamesEachCountAndTheDateFormats() {
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--workspace",
                ws().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("read", "inserted", "updated", "unchanged", "rejected", "junk lines",
                "date format");
        assertThat(r.out()).containsPattern("inserted\\s+12");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void stageMapAndNonTargetReasonOptionsChangeTheMapping() {
        Cli.Result plain = Cli.run("import", "leads", Cli.fixture("bad_stage.csv").toString(), "--workspace",
                dir.resolve("a.sqlite").toString(), "--json");
        assertThat(plain.exit()).as(plain.err()).isZero();
        JsonNode unmapped = plain.json().get("unmappedValues");
        assertThat(unmapped.size()).as(plain.out()).isPositive();
        String column = unmapped.fieldNames().next();
        String value = unmapped.get(column).fieldNames().next();
        Cli.Result mapped = Cli.run("import", "leads", Cli.fixture("bad_stage.csv").toString(), "--workspace",
                dir.resolve("b.sqlite").toString(), "--json", "--stage-map", value + "=SQL:LOST",
                "--non-target-reason", "spam");
        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(mapped.json().get("inserted").asLong()).isGreaterThan(plain.json().get("inserted").asLong());
        FunnelFacts f;
        try (Workspace ws = Workspace.open(dir.resolve("b.sqlite"))) {
            f = ws.queries().facts(Filters.ALL, Stage.SQL);
        }
        assertThat(f.lost()).isPositive();
    }
}
