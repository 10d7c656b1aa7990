package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line against files a careless script or a hostile export hands it: each case from the field. */
class HostileInputTest {
    @TempDir
    Path dir;
    private Path ws;
    private byte[] wsBytes;
    private FunnelFacts before;

    @BeforeEach
    void workspaceWithKnownData() throws Exception {
        ws = dir.resolve("known.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 200, 11);
            before = w.queries().facts(Filters.ALL, Stage.SQL);
        }
        wsBytes = Files.readAllBytes(ws);
    }

    private void assertWorkspaceUnchanged() throws Exception {
        assertThat(Files.readAllBytes(ws)).as("workspace bytes").isEqualTo(wsBytes);
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(before);
        }
    }

    static void assertNoRawError(Cli.Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContain("SQLITE_").doesNotContain("Error:");
    }

    // 1. --rejected-csv may never be the workspace, an input or their side files

    @Test
    void theRejectedRowsFileCanNeverBeTheWorkspaceAnInputOrTheirSideFiles() throws Exception {
        Path input = Files.writeString(dir.resolve("costs.csv"), "Month,Channel,Category,Cost\n2025-01,web,Ads,abc\n");
        byte[] inputBytes = Files.readAllBytes(input);
        Path backup = Files.write(dir.resolve("known.backup-v1-20250101-000000.sqlite"), wsBytes);
        Path otherDb = Files.write(dir.resolve("other.db"), wsBytes);
        Path link = Files.createSymbolicLink(dir.resolve("link-to-ws.csv"), ws);
        List<Path> targets = List.of(ws, input, Path.of(ws + "-wal"), Path.of(ws + "-shm"), Path.of(ws + "-journal"),
                Path.of(input + "-wal"), backup, otherDb, link, dir, dir.resolve("sub/../known.sqlite"));
        for (String kind : List.of("leads", "costs", "funnel")) {
            for (Path target : targets) {
                Cli.Result r = Cli.run("import", kind, input.toString(), "--workspace", ws.toString(),
                        "--rejected-csv", target.toString());
                assertThat(r.exit()).as(kind + " → " + target + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).as(target.toString()).contains("--rejected-csv").containsAnyOf("name another file",
                        "name a file in it");
                assertNoRawError(r);
            }
        }
        assertWorkspaceUnchanged();
        assertThat(Files.readAllBytes(input)).isEqualTo(inputBytes);
        assertThat(Files.readAllBytes(backup)).isEqualTo(wsBytes);
        assertThat(Files.readAllBytes(otherDb)).isEqualTo(wsBytes);
        assertThat(Path.of(ws + "-wal")).doesNotExist();
        assertThat(Path.of(ws + "-journal")).doesNotExist();
    }

    @Test
    void theMappingFileIsAnInputToo() throws Exception {
        Path mapping = Files.copy(Path.of("src/docs/mappings/olist-mql.json"), dir.resolve("m.json"));
        byte[] bytes = Files.readAllBytes(mapping);
        Path mql = Files.writeString(dir.resolve("mql.csv"), """
                mql_id,first_contact_date,landing_page_id,origin
                a1,2018-02-01,p1,organic_search
                a2,not a date,p1,paid_search
                """);
        Cli.Result r = Cli.run("import", "leads", mql.toString(), "--mapping", mapping.toString(), "--workspace",
                ws.toString(), "--rejected-csv", mapping.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is an input file");
        assertThat(Files.readAllBytes(mapping)).isEqualTo(bytes);
        assertWorkspaceUnchanged();
    }

    @Test
    void theWorkspaceCannotBeTheFileToImport() throws Exception {
        Path csv = Cli.fixture("costs_en.csv");
        byte[] bytes = Files.readAllBytes(csv);
        Cli.Result r = Cli.run("import", "costs", csv.toString(), "--workspace", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("is the file to import from");
        assertThat(Files.readAllBytes(csv)).isEqualTo(bytes);
    }

    // 2. an upgraded schema-v1 workspace shows every lead

    @Test
    void aSchemaV1WorkspaceOpenedByThisVersionCountsEveryLead() throws Exception {
        Path v1 = dir.resolve("v1.sqlite");
        String script = new String(HostileInputTest.class.getResourceAsStream(
                "/org/funnellab/db/migration/V001__initial.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + v1); Statement st = c.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.executeUpdate(sql);
                }
            }
            st.executeUpdate("PRAGMA user_version = 1");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead (source_system, external_id, created_at,"
                    + " channel, stage, status, target, deal_value) VALUES ('amocrm', ?, '2024-05-0' || ? || ' 10:00:00',"
                    + " ?, ?, ?, 'TARGET', ?)")) {
                for (int i = 0; i < 37; i++) {
                    ps.setString(1, "L" + i);
                    ps.setInt(2, 1 + i % 9);
                    ps.setString(3, i % 2 == 0 ? "yandex" : "google");
                    ps.setString(4, i < 7 ? "WON" : "MQL");
                    ps.setString(5, i < 7 ? "WON" : "OPEN");
                    ps.setObject(6, i < 7 ? 150_000L * (i + 1) : null);
                    ps.executeUpdate();
                }
            }
        }
        Cli.Result r = Cli.run("metrics", "--workspace", v1.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("leads").asLong()).isEqualTo(37);
        assertThat(j.get("won").asLong()).isEqualTo(7);
        assertThat(j.get("wonRevenue").decimalValue()).isEqualByComparingTo("42000.00"); // 1,500 × (1+…+7) × 100 kopecks
        assertThat(j.get("byChannel").get("yandex").get("leads").asLong()).isEqualTo(19);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("v1.backup-v1-"));
        }
    }

    // 3. sums never wrap around

    @Test
    void anAmountTooLargeToStoreIsARejectedRowWithItsLine() throws Exception {
        Path costs = Files.writeString(dir.resolve("costs.csv"), """
                Month,Channel,Category,Cost
                2025-01,web,Ads,50000000000000000
                2025-01,web,Ads,50000000000000000
                2025-02,web,Ads,12345678901234567890123
                2025-03,web,Ads,1000
                """);
        Path rejected = dir.resolve("rejected.csv");
        Cli.Result r = Cli.run("import", "costs", costs.toString(), "--workspace", ws.toString(), "--json",
                "--rejected-csv", rejected.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertNoRawError(r);
        JsonNode j = r.json();
        assertThat(j.get("rejected").asLong()).isEqualTo(3);
        assertThat(j.get("rejectedRows").findValuesAsText("line")).containsExactly("2", "3", "4");
        assertThat(j.get("rejectedRows").get(0).get("reason").asText()).contains("too large");
        assertThat(Files.readString(rejected)).contains("too large");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.queries().facts(Filters.ALL, Stage.SQL).totalCosts())
                    .isEqualByComparingTo(before.totalCosts().add(new java.math.BigDecimal("1000")));
        }
    }

    @Test
    void aSeventeenDigitDealValueIsRejectedByLineNotAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("deals.csv"), """
                ID;Бюджет;Дата создания;Этап сделки
                7001;123456789012345678;10.01.2025 10:00:00;Первичный контакт
                7002;1000;11.01.2025 10:00:00;Первичный контакт
                7003;99999999999999999999999999;12.01.2025 10:00:00;Первичный контакт
                """);
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", ws.toString(),
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertNoRawError(r);
        assertThat(r.json().get("inserted").asLong()).isEqualTo(1);
        assertThat(r.json().get("rejectedRows").findValuesAsText("line")).containsExactly("2", "4");
    }

    @Test
    void costsThatAddUpBeyondWhatCanBeStoredFailTheImportAndChangeNothing() throws Exception {
        StringBuilder sb = new StringBuilder("Month,Channel,Category,Cost\n");
        for (int i = 0; i < 120; i++) {
            sb.append("2025-01,web,Ads,900000000000000\n"); // 9·10^14 each: 120 of them pass 2^63 kopecks
        }
        Path costs = Files.writeString(dir.resolve("costs.csv"), sb);
        Cli.Result r = Cli.run("import", "costs", costs.toString(), "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("add up to more than can be stored").contains("2025-01");
        assertNoRawError(r);
        assertWorkspaceUnchanged();
    }

    @Test
    void funnelRowsWhoseCountsAddUpBeyondWhatCanBeStoredFailTheImport() throws Exception {
        StringBuilder sb = new StringBuilder("month,channel,leads,won,revenue\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(String.format("%d-%02d,ch%d,999999999999999,0,0%n", 2000 + i / 12 % 100, 1 + i % 12, i / 1200));
        }
        Path funnel = Files.writeString(dir.resolve("funnel.csv"), sb);
        Cli.Result r = Cli.run("import", "funnel", funnel.toString(), "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("larger than can be stored");
        assertNoRawError(r);
        assertWorkspaceUnchanged();
    }

    @Test
    void dealValuesThatAddUpBeyondWhatCanBeStoredFailTheImportAndWonRevenueNeverTurnsNegative() throws Exception {
        Path fresh = dir.resolve("fresh.sqlite");
        StringBuilder sb = new StringBuilder("ID;Бюджет;Дата создания;Этап сделки\n");
        for (int i = 0; i < 120; i++) {
            sb.append(8000 + i).append(";900000000000000;10.01.2025 10:00:00;Успешно реализовано\n");
        }
        Path file = Files.writeString(dir.resolve("deals.csv"), sb);
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", fresh.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("than can be stored");
        assertNoRawError(r);
        assertThat(fresh).doesNotExist();
        // the same into a workspace that has leads (the summary is rebuilt in SQL there): refused too
        Cli.Result again = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", ws.toString());
        assertThat(again.exit()).as(again.err()).isEqualTo(ExitCodes.DATA);
        assertNoRawError(again);
        assertWorkspaceUnchanged();
    }

    // 4. committed only if the command reports success

    @Test
    void whenTheRejectedRowsCannotBeWrittenNothingIsImported() throws Exception {
        Path file = Cli.fixture("bad_money.csv");
        Path target = dir.resolve("r".repeat(250) + ".csv"); // the file system refuses a name this long
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", ws.toString(),
                "--rejected-csv", target.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).as(r.err()).contains("cannot be written").contains("nothing was imported");
        assertNoRawError(r);
        assertWorkspaceUnchanged();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theRejectedRowsFileReplacesAnOldOneOnlyWhenComplete() throws Exception {
        Path target = Files.writeString(dir.resolve("rejected.csv"), "old");
        Cli.Result r = Cli.run("import", "leads", Cli.fixture("bad_money.csv").toString(), "--preset", "amocrm",
                "--workspace", ws.toString(), "--rejected-csv", target.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(target)).startsWith("\uFEFFline,reason");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    // 5. malformed files: a sentence, bounded time and memory

    @Test
    void damagedWorkbooksGiveASentenceAndChangeNothing() throws Exception {
        Path good = HostileFiles.dealsWorkbook(dir.resolve("good.xlsx"), 30);
        List<Path> bad = List.of(
                HostileFiles.withPart(good, dir.resolve("no-workbook.xlsx"), "xl/workbook.xml", s -> null),
                HostileFiles.withPart(good, dir.resolve("no-sheet.xlsx"), "xl/worksheets/sheet1.xml", s -> null),
                HostileFiles.withPart(good, dir.resolve("no-strings.xlsx"), "xl/sharedStrings.xml", s -> null),
                HostileFiles.withPart(good, dir.resolve("truncated.xlsx"), "xl/worksheets/sheet1.xml",
                        s -> s.substring(0, s.length() / 2)),
                HostileFiles.withPart(good, dir.resolve("truncated-strings.xlsx"), "xl/sharedStrings.xml",
                        s -> s.substring(0, s.length() * 2 / 3)),
                HostileFiles.withPart(good, dir.resolve("bad-index.xlsx"), "xl/worksheets/sheet1.xml",
                        s -> s.replaceFirst("(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)\\d+", "$1-1")),
                HostileFiles.withPart(good, dir.resolve("huge-index.xlsx"), "xl/worksheets/sheet1.xml",
                        s -> s.replaceFirst("(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)\\d+", "$199999999999")),
                HostileFiles.withPart(good, dir.resolve("huge-ref.xlsx"), "xl/worksheets/sheet1.xml",
                        s -> s.replaceFirst("r=\"B2\"", "r=\"ZZZZZZZ2\"")),
                HostileFiles.withPart(good, dir.resolve("huge-row.xlsx"), "xl/worksheets/sheet1.xml",
                        s -> s.replaceFirst("r=\"B2\"", "r=\"B99999999999\"")),
                HostileFiles.withPart(good, dir.resolve("bad-workbook-xml.xlsx"), "xl/workbook.xml", s -> "<workbook"),
                HostileFiles.sharedStringBomb(good, dir.resolve("bomb.xlsx"), 96L << 20),
                Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(Files.readAllBytes(good), 900)));
        for (Path file : bad) {
            Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", ws.toString());
            assertThat(r.exit()).as(file.getFileName() + ": " + r.err()).isEqualTo(ExitCodes.DATA);
            assertNoRawError(r);
            assertThat(r.err()).as(r.err()).contains(file.getFileName().toString());
            assertWorkspaceUnchanged();
        }
        Cli.Result bomb = Cli.run("import", "leads", dir.resolve("bomb.xlsx").toString(), "--workspace", ws.toString());
        assertThat(bomb.err()).contains("longer than a cell can be");
        Cli.Result ref = Cli.run("import", "leads", dir.resolve("huge-ref.xlsx").toString(), "--workspace", ws.toString());
        assertThat(ref.err()).contains("beyond a sheet's");
    }

    @Test
    void aNegativeDateSerialIsARejectedValueNotACrash() throws Exception {
        Path good = HostileFiles.dealsWorkbook(dir.resolve("good.xlsx"), 5);
        // the first date cell (column D, row 2) becomes a serial before Excel's calendar
        Path bad = HostileFiles.withPart(good, dir.resolve("negative-date.xlsx"), "xl/worksheets/sheet1.xml",
                s -> s.replaceFirst("(<c r=\"D2\"[^>]*><v>)[^<]+", "$1-99999999"));
        Cli.Result r = Cli.run("import", "leads", bad.toString(), "--preset", "amocrm", "--workspace", ws.toString(),
                "--json");
        assertNoRawError(r);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("rejectedRows").findValuesAsText("line")).contains("2");
    }

    @Test
    void aTenMegabyteCellIsRefusedWithItsLineInBoundedTime() throws Exception {
        Path file = dir.resolve("huge-cell.csv");
        Files.writeString(file, "ID;Бюджет;Дата создания;Этап сделки\n1;" + "1 000".repeat(2_000_000)
                + ";10.01.2025 10:00:00;Первичный контакт\n");
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("huge-cell.csv").contains("line 2");
        assertNoRawError(r);
        assertWorkspaceUnchanged();
    }

    @Test
    void deeplyNestedHtmlTablesAreRefusedQuickly() throws Exception {
        Path file = Files.writeString(dir.resolve("nested.xls"), "<html><body>" + "<table><tr><td>".repeat(20_000));
        Cli.Result r = Cli.run("import", "leads", file.toString(), "--preset", "bitrix24", "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("nested.xls").contains("nested");
        assertNoRawError(r);
        assertWorkspaceUnchanged();
    }

    @Test
    void anUnknownStageInTheWorkspaceIsAMessageNotACrash() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE lead_summary SET stage = 'NEGOTIATION' WHERE rowid = (SELECT min(rowid) FROM lead_summary)");
        }
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(r.err()).contains("NEGOTIATION").contains("does not know");
        assertNoRawError(r);
    }

    // 7. the small ones

    @Test
    void linkedRowsNamingUnknownLeadsAreInTheRejectedRowsFile() throws Exception {
        Path fresh = dir.resolve("linked.sqlite");
        assertThat(Cli.run("import", "leads", Cli.fixture("amocrm_deals.csv").toString(), "--workspace",
                fresh.toString()).exit()).isZero();
        Path linked = Files.writeString(dir.resolve("linked.csv"), """
                ID;Бюджет ₽;Дата создания;Этап сделки
                1001;777 000;10.01.2025 10:15:00;Успешно реализовано
                999999;5 000;10.01.2025 10:15:00;Успешно реализовано
                """);
        Path rejected = dir.resolve("rejected.csv");
        Cli.Result r = Cli.run("import", "leads", linked.toString(), "--preset", "amocrm", "--linked", "--workspace",
                fresh.toString(), "--rejected-csv", rejected.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("rejected").asLong()).isEqualTo(1);
        List<String> lines = Files.readAllLines(rejected);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("3,").contains("999999").contains("no lead with id");
    }

    @Test
    void terminalEscapesFromCrmDataAreShownNotObeyed() throws Exception {
        Path fresh = dir.resolve("esc.sqlite");
        Path file = Files.writeString(dir.resolve("esc.csv"), "ID;Бюджет;Дата создания;Этап сделки;utm_source\n"
                + "1;100;10.01.2025 10:00:00;\u001B[2J\u001B]0Xowned\u0007;\u001B[31mred\u001B[0m\n"
                + "2;100;10.01.2025 10:00:00;Первичный контакт;\u001B[31mred\u001B[0m\n");
        Cli.Result imported = Cli.run("import", "leads", file.toString(), "--preset", "amocrm", "--workspace",
                fresh.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out() + imported.err()).doesNotContain("\u001B").doesNotContain("\u0007");
        assertThat(imported.out()).contains("\\u001B");
        Cli.Result metrics = Cli.run("metrics", "--workspace", fresh.toString());
        assertThat(metrics.exit()).as(metrics.err()).isZero();
        assertThat(metrics.out()).doesNotContain("\u001B").contains("\\u001B[31mred");
    }

    @Test
    void metricsOnAMistypedWorkspaceCreatesNothing() {
        Path typo = dir.resolve("typo.sqlite");
        Cli.Result r = Cli.run("metrics", "--workspace", typo.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("typo.sqlite").contains("no such workspace");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFileNameTheSystemCannotSpellIsAUsageErrorInWords() {
        Cli.Result r = Cli.run("import", "leads", "deals\u0000.csv", "--workspace", ws.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("cannot be used as a file name");
        assertNoRawError(r);
    }

    @Test
    void aWorkspaceThatIsAFolderOrNotADatabaseIsRefusedInWords() throws Exception {
        Cli.Result folder = Cli.run("import", "costs", Cli.fixture("costs_en.csv").toString(), "--workspace",
                dir.toString());
        assertThat(folder.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.err()).contains("is a folder");
        Path text = Files.writeString(dir.resolve("notes.sqlite"), "just some notes, not a database at all ".repeat(50));
        byte[] textBytes = Files.readAllBytes(text);
        Cli.Result notDb = Cli.run("import", "costs", Cli.fixture("costs_en.csv").toString(), "--workspace",
                text.toString());
        assertThat(notDb.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(notDb.err()).contains("not a FunnelLab workspace");
        assertNoRawError(notDb);
        assertThat(Files.readAllBytes(text)).isEqualTo(textBytes);
    }

    @Test
    void processesStartingAtOncePrintOnlyTheirOwnLinesAndShareOneNativeLibrary() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        List<Process> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.funnellab.app.Launcher",
                    "import", "costs", Cli.fixture("costs_en.csv").toString(), "--workspace",
                    dir.resolve("ws" + i + ".sqlite").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().remove("XDG_CACHE_HOME");
            runs.add(pb.start());
        }
        for (Process p : runs) {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(err).isZero();
            assertThat(err).as("stderr").isEmpty();
        }
        try (var files = Files.walk(home.resolve(".cache/FunnelLab/sqlite-native"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly(org.sqlite.util.LibraryLoaderUtil.getNativeLibName());
        }
    }
}
