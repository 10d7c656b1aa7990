package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.importer.OlistLinkedImportTest;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Olist marketing funnel pair through the command line, with the mapping files shipped in the docs. */
class OlistCommandLineTest {
    private static final Path MQL = Path.of("src/docs/mappings/olist-mql.json");
    private static final Path CLOSED = Path.of("src/docs/mappings/olist-closed-deals.json");

    @TempDir
    Path dir;

    @Test
    void theDocumentedMappingFilesAreTheTestedMappings() throws Exception {
        assertThat(MappingJson.read(MQL)).isEqualTo(OlistLinkedImportTest.mqlMapping());
        assertThat(MappingJson.read(CLOSED)).isEqualTo(OlistLinkedImportTest.closedDealsMapping());
        assertThat(Files.readString(MQL)).isEqualTo(MappingJson.toJson(OlistLinkedImportTest.mqlMapping()));
    }

    @Test
    void theOlistPairImportsWithTheMappingFilesAndGivesWinsAndCycle() {
        var data = SharedData.olist();
        assumeTrue(data.isPresent(), "Olist data (../shared/data/olist-marketing-funnel) not present; skipping");
        String ws = dir.resolve("olist.sqlite").toString();
        Cli.Result mql = Cli.run("import", "leads", data.get().resolve("mql.csv").toString(), "--mapping",
                MQL.toString(), "--workspace", ws, "--json");
        assertThat(mql.exit()).as(mql.err()).isZero();
        assertThat(mql.json().get("inserted").asLong()).isEqualTo(8000);
        assertThat(mql.json().get("dateFormats").get(0).get("pattern").asText()).isEqualTo("MDY_SLASH");

        Cli.Result wins = Cli.run("import", "leads", data.get().resolve("closed_deals.csv").toString(), "--mapping",
                CLOSED.toString(), "--workspace", ws, "--json");
        assertThat(wins.exit()).as(wins.err()).isZero();
        assertThat(wins.json().get("updated").asLong()).isEqualTo(842);
        assertThat(wins.json().get("linked").asBoolean()).isTrue();
        assertThat(wins.json().get("linkedUnknown").asLong()).isZero();

        Cli.Result metrics = Cli.run("metrics", "--workspace", ws, "--json");
        assertThat(metrics.exit()).as(metrics.err()).isZero();
        JsonNode m = metrics.json();
        assertThat(m.get("leads").asLong()).isEqualTo(8000);
        assertThat(m.get("won").asLong()).isEqualTo(842);
        assertThat(m.get("salesCycleDaysMean").asDouble()).isBetween(1.0, 400.0);
        assertThat(m.get("byChannel").size()).isGreaterThan(1);
    }
}
