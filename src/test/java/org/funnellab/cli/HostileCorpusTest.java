package org.funnellab.cli;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded mutation corpus from the project's fixtures (CRM exports, cost sheets, a funnel table, an XLSX workbook and
 * an HTML-table export), each file damaged in one of many ways, run through the command line as a user or a script
 * would. For every input: the exit code is 0, 1 or 2; stderr holds no stack trace, exception class name or SQLite
 * code; a failure names the file; after a failure the workspace is byte-identical and its facts unchanged; after any
 * run {@code PRAGMA integrity_check} is ok. {@value #DEFAULT_CASES} cases by default; {@code -Dfunnellab.fuzz.cases=N}
 * (and {@code -Dfunnellab.fuzz.seed=S}) for a longer run.
 */
class HostileCorpusTest {
    static final int DEFAULT_CASES = 320;

    @TempDir
    Path dir;

    private record Seed(String name, String kind, byte[] bytes, boolean xlsx) {
    }

    @Test
    void aMutatedCorpusNeverCrashesNeverLeaksAnExceptionAndChangesNothingOnFailure() throws Exception {
        int cases = Integer.getInteger("funnellab.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("funnellab.fuzz.seed", 20261201L);
        Random random = new Random(seed);
        List<Seed> seeds = seeds();

        Path ws = dir.resolve("corpus.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 150, 5);
        }
        byte[] base = Files.readAllBytes(ws);
        FunnelFacts baseFacts = facts(ws);
        assertThat(Files.readAllBytes(ws)).isEqualTo(base);

        Map<String, Integer> outcomes = new TreeMap<>();
        long slowestNanos = 0;
        String slowest = "";
        for (int i = 0; i < cases; i++) {
            Seed s = seeds.get(random.nextInt(seeds.size()));
            String mutation;
            byte[] bytes;
            if (s.xlsx() && random.nextInt(3) > 0) {
                Map.Entry<String, byte[]> m = mutateWorkbook(s.bytes(), random);
                mutation = m.getKey();
                bytes = m.getValue();
            } else {
                Map.Entry<String, byte[]> m = mutateBytes(s.bytes(), random);
                mutation = m.getKey();
                bytes = m.getValue();
            }
            String ext = s.name().substring(s.name().lastIndexOf('.'));
            Path input = Files.write(dir.resolve("case" + i + ext), bytes);
            Files.write(ws, base);
            List<String> args = new ArrayList<>(List.of("import", s.kind(), input.toString(), "--workspace",
                    ws.toString()));
            if (random.nextInt(4) == 0) {
                args.addAll(List.of("--rejected-csv", dir.resolve("rejected" + i + ".csv").toString()));
            }
            if (random.nextInt(3) == 0) {
                args.add("--json");
            }
            String label = "case " + i + " (" + s.name() + ", " + mutation + ")";

            long t0 = System.nanoTime();
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            long took = System.nanoTime() - t0;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = label;
            }
            outcomes.merge("exit " + r.exit(), 1, Integer::sum);

            assertThat(r.exit()).as(label + ": " + r.err()).isIn(ExitCodes.OK, ExitCodes.DATA, ExitCodes.USAGE);
            HostileInputTest.assertNoRawError(r);
            assertThat(r.err()).as(label).doesNotContain("\u001B");
            assertThat(integrityCheck(ws)).as(label).isEqualTo("ok");
            if (r.exit() != ExitCodes.OK) {
                assertThat(r.err()).as(label + ": " + r.err()).contains(input.getFileName().toString());
                assertThat(Files.readAllBytes(ws)).as(label + " left the workspace changed: " + r.err()).isEqualTo(base);
                assertThat(facts(ws)).as(label).isEqualTo(baseFacts);
                assertThat(dir.resolve("rejected" + i + ".csv")).as(label).doesNotExist();
            } else {
                assertThat(facts(ws)).as(label).isNotNull();
            }
            Files.delete(input);
        }
        System.out.printf("hostile corpus: %d cases (seed %d): %s; slowest %.0f ms: %s%n", cases, seed, outcomes,
                slowestNanos / 1e6, slowest);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
        // the corpus must exercise both ways out, or it tests little
        assertThat(outcomes).containsKeys("exit 0", "exit 1");
    }

    private static FunnelFacts facts(Path ws) {
        try (Workspace w = Workspace.open(ws)) {
            return w.queries().facts(Filters.ALL, Stage.SQL);
        }
    }

    private static String integrityCheck(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (String f : List.of("amocrm_deals.csv", "bitrix24_deals.xls", "bitrix24_deals_cp1251.csv", "hubspot_deals.csv",
                "pipedrive_deals.csv", "pipedrive_deals_ru.csv", "salesforce_report.csv", "generic_utf16.tsv",
                "bad_money.csv", "bad_date.csv", "bad_stage.csv")) {
            seeds.add(new Seed(f, "leads", Files.readAllBytes(Cli.fixture(f)), false));
        }
        for (String f : List.of("costs_en.csv", "costs_ru.csv")) {
            seeds.add(new Seed(f, "costs", Files.readAllBytes(Cli.fixture(f)), false));
        }
        seeds.add(new Seed("funnel.csv", "funnel", """
                month,channel,campaign,leads,mql,sql,opportunities,won,lost,non_target,revenue
                2025-01,yandex,brand,1000,600,300,120,30,90,400,"1 500 000,00"
                2025-01,vk,,800,400,100,40,10,30,350,400000
                2025-02,google,,900,500,300,120,30,90,400,0
                """.getBytes(StandardCharsets.UTF_8), false));
        Path xlsx = HostileFiles.dealsWorkbook(dir.resolve("seed.xlsx"), 40);
        seeds.add(new Seed("deals.xlsx", "leads", Files.readAllBytes(xlsx), true));
        seeds.add(new Seed("deals.xlsx", "leads", Files.readAllBytes(xlsx), true));
        Files.delete(xlsx);
        return seeds;
    }

    private static final String[] HOSTILE_VALUES = {
            "99999999999999999999", "123456789012345678", "-9223372036854775808", "9223372036854775807",
            "50000000000000000", "1e999", "NaN", "-0", "(1 000 000 000 000 000)", "1.234.567.890.123.456.789,00",
            "=cmd|' /C calc'!A0", "\u001B[2J\u001B[31mred", "\u0000", "\"", "\"\"\"", "\r", "\uFEFF", "😀", "\uD800",
            "31.02.2025 10:00:00", "00.00.0000", "99999-12-31", "-1", "0000000000000000000000000000001",
            "1 000".repeat(9000), "x".repeat(40_000), "<table>".repeat(50), "Успешно реализовано", "Итого",
    };

    /** A text-level mutation of a file: byte flips, truncation, hostile values spliced in, repeated slices… */
    private static Map.Entry<String, byte[]> mutateBytes(byte[] in, Random r) {
        byte[] b = in.clone();
        int kind = r.nextInt(9);
        switch (kind) {
            case 0 -> {
                int n = 1 + r.nextInt(20);
                for (int k = 0; k < n; k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return Map.entry("flip " + n + " bytes", b);
            }
            case 1 -> {
                int at = r.nextInt(b.length);
                return Map.entry("truncate at " + at, Arrays.copyOf(b, at));
            }
            case 2, 3, 4 -> {
                String v = HOSTILE_VALUES[r.nextInt(HOSTILE_VALUES.length)];
                return Map.entry("splice '" + abbreviate(v) + "'", splice(b, r, v));
            }
            case 5 -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(200));
                int times = 1 + r.nextInt(2_000);
                byte[] out = new byte[b.length + len * times];
                System.arraycopy(b, 0, out, 0, from + len);
                for (int t = 0; t < times; t++) {
                    System.arraycopy(b, from, out, from + len * (t + 1), len);
                }
                System.arraycopy(b, from + len, out, from + len * (times + 1), b.length - from - len);
                return Map.entry("repeat " + len + " bytes " + times + " times", out);
            }
            case 6 -> {
                byte[] junk = new byte[1 + r.nextInt(512)];
                r.nextBytes(junk);
                int at = r.nextInt(b.length);
                byte[] out = new byte[b.length + junk.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(junk, 0, out, at, junk.length);
                System.arraycopy(b, at, out, at + junk.length, b.length - at);
                return Map.entry("insert " + junk.length + " random bytes", out);
            }
            case 7 -> {
                return Map.entry("empty file", new byte[0]);
            }
            default -> {
                // a whole column of huge amounts: the sums must not wrap
                String text = new String(b, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    sb.append(i == 0 ? lines[i] : lines[i].replaceAll("(?<=[;,\t])\\d[\\d ]*(?=[;,\t])",
                            "900000000000000")).append(i < lines.length - 1 ? "\n" : "");
                }
                String body = sb.toString();
                int header = body.indexOf('\n') + 1;
                String rows = header > 0 && header < body.length() ? body.substring(header) : "";
                return Map.entry("huge amounts x120", (body + ("\n" + rows).repeat(rows.isEmpty() ? 0 : 120 / Math.max(1,
                        rows.split("\n").length))).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] b, Random r, String value) {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        int at = r.nextInt(b.length);
        // prefer the start of a cell: after a separator
        for (int k = at; k < Math.min(b.length, at + 200); k++) {
            if (b[k] == ';' || b[k] == ',' || b[k] == '\t' || b[k] == '>') {
                at = k + 1;
                break;
            }
        }
        int cut = Math.min(b.length - at, r.nextInt(12));
        byte[] out = new byte[b.length - cut + v.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(v, 0, out, at, v.length);
        System.arraycopy(b, at + cut, out, at + v.length, b.length - at - cut);
        return out;
    }

    private static String abbreviate(String v) {
        String s = HostileInputTestText.visible(v);
        return s.length() > 24 ? s.substring(0, 24) + "…(" + v.length() + ")" : s;
    }

    /** A part-level mutation of a workbook: a part dropped, cut, flipped, or its cells rewritten. */
    private Map.Entry<String, byte[]> mutateWorkbook(byte[] xlsx, Random r) throws IOException {
        Path tmp = Files.write(dir.resolve("mutating.xlsx"), xlsx);
        Map<String, byte[]> parts = new LinkedHashMap<>(HostileFiles.entries(tmp));
        List<String> names = new ArrayList<>(parts.keySet());
        String part = names.get(r.nextInt(names.size()));
        String sheet = "xl/worksheets/sheet1.xml";
        String mutation;
        switch (r.nextInt(8)) {
            case 0 -> {
                parts.remove(part);
                mutation = "drop " + part;
            }
            case 1 -> {
                byte[] p = parts.get(part);
                parts.put(part, Arrays.copyOf(p, r.nextInt(Math.max(1, p.length))));
                mutation = "cut " + part;
            }
            case 2 -> {
                byte[] p = parts.get(part).clone();
                for (int k = 0; k < 1 + r.nextInt(8) && p.length > 0; k++) {
                    p[r.nextInt(p.length)] = (byte) "<>\"/=&;x0".charAt(r.nextInt(9));
                }
                parts.put(part, p);
                mutation = "flip in " + part;
            }
            case 3 -> {
                String ref = new String[] {"XFE1", "ZZZZ9", "A1048577", "A99999999999", "AAAAAAAAAAAAAAAAA1", "A-1"}
                        [r.nextInt(6)];
                parts.put(sheet, text(parts, sheet).replaceFirst("r=\"[A-Z]+" + (2 + r.nextInt(30)) + "\"",
                        "r=\"" + ref + "\"").getBytes(StandardCharsets.UTF_8));
                mutation = "cell reference " + ref;
            }
            case 4 -> {
                String v = new String[] {"-99999999", "1e308", "99999999999999999999", "NaN", "", "-1", "2958466"}
                        [r.nextInt(7)];
                parts.put(sheet, text(parts, sheet).replaceAll("(<c r=\"[CD]" + (2 + r.nextInt(30)) + "\"[^>]*><v>)[^<]*",
                        "$1" + v).getBytes(StandardCharsets.UTF_8));
                mutation = "value " + v;
            }
            case 5 -> {
                String v = new String[] {"-1", "99999999999", "abc", "1.5", "2147483648"}[r.nextInt(5)];
                parts.put(sheet, text(parts, sheet).replaceFirst("(<c r=\"[A-Z]+" + (2 + r.nextInt(30))
                        + "\"[^>]*t=\"s\"[^>]*><v>)\\d+", "$1" + v).getBytes(StandardCharsets.UTF_8));
                mutation = "shared-string index " + v;
            }
            case 6 -> {
                String sst = "xl/sharedStrings.xml";
                if (parts.containsKey(sst)) {
                    parts.put(sst, text(parts, sst).replaceFirst("<t>", "<t>" + "Ж".repeat(20_000 + r.nextInt(300_000)))
                            .getBytes(StandardCharsets.UTF_8));
                }
                mutation = "long shared string";
            }
            default -> {
                parts.put(sheet, text(parts, sheet).replace("</sheetData>", "<row r=\"5000\">"
                        + "<c r=\"A5000\"><v>1</v></c>".repeat(1 + r.nextInt(3)) + "</row></sheetData>")
                        .getBytes(StandardCharsets.UTF_8));
                mutation = "out-of-order row";
            }
        }
        Path out = HostileFiles.writeZip(dir.resolve("mutated.xlsx"), parts);
        byte[] bytes = Files.readAllBytes(out);
        Files.delete(out);
        Files.delete(tmp);
        return Map.entry(mutation, bytes);
    }

    private static String text(Map<String, byte[]> parts, String name) {
        byte[] b = parts.get(name);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    /** Control characters of a value spelled out for a case label. */
    static final class HostileInputTestText {
        static String visible(String v) {
            StringBuilder sb = new StringBuilder();
            v.codePoints().limit(40).forEach(cp -> sb.append(Character.isISOControl(cp)
                    ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
            return sb.toString();
        }
    }
}
