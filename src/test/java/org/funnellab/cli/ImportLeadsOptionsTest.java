package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.store.ImportKind;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import leads}: mapping without JSON, stopping before writing, summaries that hide nothing, one currency. */
class ImportLeadsOptionsTest {
    @TempDir
    Path dir;

    private Path ws() {
        return dir.resolve("w.sqlite");
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final String UNNAMED = """
            Номер сделки,Когда пришла,Где сейчас,Деньги
            A-1,05.02.2025,won,100
            A-2,06.02.2025,lost,0
            A-3,07.02.2025,lead,50
            """;

    @Test
    void withoutIdDateAndStageTheImportStopsBeforeWritingAndSaysWhichColumnWouldFixIt() throws IOException {
        Path file = csv("unnamed.csv", UNNAMED);
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("EXTERNAL_ID", "CREATED_AT", "STAGE")
                .contains("\"Номер сделки\", \"Когда пришла\", \"Где сейчас\", \"Деньги\"")
                .contains("--column CREATED_AT=\"Когда пришла\"").contains("Nothing was imported");
        assertThat(ws()).doesNotExist();
    }

    @Test
    void columnsNamedByHeaderOrPositionOverrideDetection() throws IOException {
        Path file = csv("unnamed.csv", UNNAMED);
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--json",
                "--column", "id=Номер сделки", "--column", "created=2", "--column", "STAGE=\"Где сейчас\"",
                "--column", "amount=4");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("inserted").asLong()).isEqualTo(3);
        JsonNode m = Cli.run("metrics", "--workspace", ws().toString(), "--json").json();
        assertThat(m.get("won").asLong()).isEqualTo(1);
        assertThat(m.get("wonRevenue").asDouble()).isEqualTo(100.0);
    }

    @Test
    void theMappingPrintedIsTheOneImportedWithAndCanBeSavedAndReusedByName() throws IOException {
        Path file = csv("unnamed.csv", UNNAMED);
        Cli.Result printed = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--print-mapping",
                "--column", "id=1", "--column", "created=2", "--column", "stage=3");
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(ws()).as("printing imports nothing").doesNotExist();
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, printed.out());
        assertThat(MappingJson.read(mapping).columns()).hasSize(4);

        Cli.Result saved = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--mapping",
                mapping.toString(), "--save-mapping", "my export", "--json");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.json().get("inserted").asLong()).isEqualTo(3);
        try (Workspace w = Workspace.open(ws())) {
            assertThat(w.savedMappings().names(ImportKind.LEADS)).containsExactly("my export");
        }
        Cli.Result again = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--mapping",
                "my export", "--json");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.json().get("unchanged").asLong()).isEqualTo(3);
    }

    @Test
    void whenEveryRowIsRejectedTheExitCodeIsOneNothingIsWrittenAndTheJsonListsEveryRow() throws IOException {
        StringBuilder sb = new StringBuilder("id,created_at,stage\n");
        for (int i = 1; i <= 25; i++) {
            sb.append("D-").append(i).append(",32.01.2025,lead\n");
        }
        Path file = csv("bad.csv", sb.toString());
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("every row was rejected");
        JsonNode j = r.json();
        assertThat(j.get("rejected").asLong()).isEqualTo(25);
        assertThat(j.get("rejectedRows")).hasSize(25);
        assertThat(j.get("rejectedRows").get(24).get("line").asLong()).isEqualTo(26);
        assertThat(j.get("rejectedRows").get(0).get("code").asText()).isEqualTo("reject.badDateNoLayout");
        assertThat(ws()).doesNotExist();
    }

    @Test
    void theTextSummarySaysHowManyMoreItDoesNotList() throws IOException {
        StringBuilder sb = new StringBuilder("id,created_at,stage\n");
        for (int i = 1; i <= 15; i++) {
            sb.append("D-").append(i).append(",05.02.2025,").append(i <= 13 ? "Думают" : "lead").append('\n');
        }
        Path file = csv("some.csv", sb.toString());
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("… and 3 more").contains("\"Думают\" × 13")
                .contains("--stage-map \"Думают=OPPORTUNITY\"");
    }

    @Test
    void aCostSheetGivenAsLeadsIsNamedAndNothingIsWritten() throws IOException {
        Path file = csv("costs.csv", "Месяц;Канал;Статья;Сумма\n03.2025;Яндекс;Реклама;10 000\n");
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("cost sheet").contains("funnellab import costs");
        assertThat(ws()).doesNotExist();
    }

    @Test
    void undatedRowsAreRejectedByDefaultAndKeptForAllTimeFiguresOnRequest() throws IOException {
        Path file = csv("undated.csv", "id,created_at,closed_at,stage\nU-1,,10.02.2025,won\nU-2,05.02.2025,,lead\n");
        Cli.Result rejected = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--json");
        assertThat(rejected.json().get("rejected").asLong()).isEqualTo(1);
        assertThat(rejected.json().get("rejectedRows").get(0).get("code").asText()).isEqualTo("reject.missingCreated");
        Cli.Result kept = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--json",
                "--keep-undated");
        assertThat(kept.json().get("inserted").asLong()).isEqualTo(1);
        assertThat(kept.json().get("meanings").get("undatedKept").asLong()).isEqualTo(1);
        JsonNode m = Cli.run("metrics", "--workspace", ws().toString(), "--json").json();
        assertThat(m.get("leads").asLong()).isEqualTo(2);
        assertThat(m.get("won").asLong()).isEqualTo(1);
        JsonNode march = Cli.run("metrics", "--workspace", ws().toString(), "--json", "--from", "2025-02", "--to", "2025-02").json();
        assertThat(march.get("leads").asLong()).as("an undated lead is in no month").isEqualTo(1);
    }

    @Test
    void aWorkspaceKeepsOneCurrencyAndRowsInAnotherNeedARate() throws IOException {
        Path first = csv("rub.csv", "id,created_at,stage,amount,currency\nR-1,05.02.2025,won,1000,RUB\n");
        Cli.Result r1 = Cli.run("import", "leads", first.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r1.json().get("meanings").get("currency").asText()).isEqualTo("RUB");
        assertThat(r1.json().get("meanings").get("currencySet").asBoolean()).isTrue();
        Path usd = csv("usd.csv", "id,created_at,stage,amount,currency\nU-1,06.02.2025,won,10,USD\nU-2,06.02.2025,won,5,RUB\n");
        Cli.Result r2 = Cli.run("import", "leads", usd.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r2.json().get("rejected").asLong()).isEqualTo(1);
        assertThat(r2.json().get("rejectedRows").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(r2.json().get("rejectedRows").get(0).get("reason").asText())
                .contains("USD").contains("RUB").contains("--rate USD=");
        Cli.Result r3 = Cli.run("import", "leads", usd.toString(), "--workspace", ws().toString(), "--json",
                "--rate", "USD=92.5");
        assertThat(r3.json().get("rejected").asLong()).isZero();
        assertThat(r3.json().get("meanings").get("currencyConverted").asLong()).isEqualTo(1);
        JsonNode m = Cli.run("metrics", "--workspace", ws().toString(), "--json").json();
        assertThat(m.get("wonRevenue").decimalValue()).isEqualByComparingTo("1930.00");
    }

    @Test
    void aCostRowReplacingAnEarlierOneIsReportedWithTheAmountReplaced() throws IOException {
        Path march = csv("c1.csv", "Месяц;Канал;Статья;Сумма\n03.2025;Яндекс;Реклама;10 000\n03.2025;VK;Реклама;5 000\n");
        Cli.run("import", "costs", march.toString(), "--workspace", ws().toString());
        Path again = csv("c2.csv", "Месяц;Канал;Статья;Сумма\n03.2025;Яндекс;Реклама;12 000\n03.2025;VK;Реклама;5 000\n");
        Cli.Result r = Cli.run("import", "costs", again.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("costsReplaced").asLong()).isEqualTo(1);
        assertThat(r.json().get("costsReplacedTotal").decimalValue()).isEqualByComparingTo("10000");
        assertThat(r.json().get("warnings").get(0).asText()).contains("1 cost row(s) replaced").contains("10000");
    }

    @Test
    void moreRejectedRowsThanTheSummaryKeepsAreAllWrittenToAFileItNames() throws IOException {
        StringBuilder sb = new StringBuilder("id,created_at,stage\nOK-1,05.02.2025,lead\n");
        int bad = 10_050;
        for (int i = 1; i <= bad; i++) {
            sb.append("B-").append(i).append(",05.02.2025,Думают\n");
        }
        Path file = csv("many.csv", sb.toString());
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--workspace", ws().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("rejected").asLong()).isEqualTo(bad);
        assertThat(j.get("rejectedRowsListed").asLong()).isEqualTo(10_000);
        Path all = Path.of(j.get("rejectedRowsFile").asText());
        assertThat(Files.readAllLines(all, StandardCharsets.UTF_8)).hasSize(bad + 1);
        assertThat(Files.readAllLines(all, StandardCharsets.UTF_8).get(bad)).startsWith(bad + 2 + ",");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
