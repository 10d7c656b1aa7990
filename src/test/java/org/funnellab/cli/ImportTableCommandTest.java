package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import costs} and {@code import funnel}: recognised tables, rejected rows with their lines, re-import. */
class ImportTableCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCostSheetImportsAndASecondImportDoesNotDoubleTheCosts() {
        String ws = dir.resolve("w.sqlite").toString();
        Cli.Result first = Cli.run("import", "costs", Cli.fixture("costs_ru.csv").toString(), "--workspace", ws,
                "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.json().get("kind").asText()).isEqualTo("costs");
        assertThat(first.json().get("entries").asLong()).isPositive();
        BigDecimal total = totalCosts(ws);
        assertThat(total.signum()).isPositive();
        Cli.Result second = Cli.run("import", "costs", Cli.fixture("costs_ru.csv").toString(), "--workspace", ws,
                "--json");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.json().get("inserted").asLong()).isZero();
        assertThat(totalCosts(ws)).isEqualByComparingTo(total);
    }

    @Test
    void aFunnelTableImportsAndListsItsRejectedRowsByLine() throws Exception {
        Path file = Files.writeString(dir.resolve("funnel.csv"), """
                month,channel,campaign,leads,mql,sql,opportunities,won,lost,non_target,revenue
                2025-01,yandex,brand,1000,600,300,120,30,90,400,"1 500 000,00"
                2025-01,vk,,800,400,100,40,10,30,350,400000
                2025-02,yandex,brand,900,950,300,120,30,90,400,0
                """);
        Path rejected = dir.resolve("rejected.csv");
        Cli.Result r = Cli.run("import", "funnel", file.toString(), "--workspace", dir.resolve("w.sqlite").toString(),
                "--json", "--rejected-csv", rejected.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("read").asLong()).isEqualTo(3);
        assertThat(j.get("inserted").asLong()).isEqualTo(2);
        assertThat(j.get("rejected").asLong()).isEqualTo(1);
        assertThat(j.get("rejectedRows").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(j.get("rejectedRows").get(0).get("reason").asText()).contains("exceeds leads");
        assertThat(Files.readAllLines(rejected)).hasSize(2);
    }

    private static BigDecimal totalCosts(String ws) {
        try (Workspace w = Workspace.open(Path.of(ws))) {
            return w.queries().facts(Filters.ALL, Stage.SQL).totalCosts();
        }
    }
}
