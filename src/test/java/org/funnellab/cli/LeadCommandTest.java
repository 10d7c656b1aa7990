package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code lead ID}: the file row a lead came from, after a real import, as text and JSON. */
class LeadCommandTest {
    @TempDir
    Path dir;

    @Test
    void showsTheSourceRowOfAnImportedLead() {
        Path ws = dir.resolve("w.sqlite");
        Cli.Result imported = Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--preset",
                "amocrm", "--workspace", ws.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        Cli.Result text = Cli.run("lead", "1003", "--workspace", ws.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Lead 1003 (amocrm), from amocrm_deals.csv, line 4:")
                .contains("  Название сделки: Звонок\\nс сайта")
                .contains("  Причина отказа: Спам");

        Cli.Result json = Cli.run("lead", "1003", "--workspace", ws.toString(), "--json");
        assertThat(json.exit()).isZero();
        JsonNode lead = json.json().get(0);
        assertThat(lead.get("line").asLong()).isEqualTo(4);
        assertThat(lead.get("row").get("Название сделки").asText()).isEqualTo("Звонок\nс сайта");
        assertThat(lead.get("row").get("ID").asText()).isEqualTo("1003");

        Cli.Result missing = Cli.run("lead", "no-such", "--workspace", ws.toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(missing.err()).contains("no lead with id no-such").doesNotContain("Exception");
    }
}
