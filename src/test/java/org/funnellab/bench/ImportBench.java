package org.funnellab.bench;

import org.funnellab.cli.FunnelLabCommand;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Lead;
import org.funnellab.domain.Stage;
import org.funnellab.importer.ImportProgress;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.LeadImport;
import org.funnellab.importer.LeadSink;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.TableReader;
import org.funnellab.store.DemoData;
import org.funnellab.store.ImportTransaction;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import benchmark: a generated CSV of leads imported (a) by the sqlite3 CLI's {@code .import} into a
 * plain table and (b) by FunnelLab's full import (generic preset: mapping, validation, summary, indexes) in a child
 * JVM with a small heap, paired in each round; then (c) every {@link org.funnellab.store.FunnelQueries} method cold
 * and warm, and {@code metrics --json} end to end. Not a unit test. Run:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.ImportBench
 * -Dbench.args="--rows 1000000"} (options: {@code --rounds N}, {@code --xmx 256m}).
 * Targets: import ≤ 1.0 × sqlite3, workspace ≤ 1.0 × the CSV, peak RSS ≤ 160 MiB, every query ≤ 50 ms warm.
 */
public final class ImportBench {
    private static final PrintStream OUT = System.out;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        if (opts.containsKey("--read-only")) {
            readOnly(Path.of(opts.get("--csv")));
            return;
        }
        if (opts.containsKey("--child")) {
            // as the app and the command line start (Launcher): SQLite's library from the per-user copy, not unpacked
            // into a temporary folder again by the first connection
            org.funnellab.store.SqliteNative.prepare();
            Path csv = Path.of(opts.get("--csv"));
            Path db = Path.of(opts.get("--db"));
            if (opts.containsKey("--warm")) {
                // a first import of the same file into a throw-away workspace compiles the import's code, as an
                // earlier import in the same session of the app would have
                Path warmup = db.resolveSibling(db.getFileName() + "-warmup");
                child(csv, warmup, false); // its line is not the last: the parent reads the measured import's
                deleteAll(warmup);
            }
            child(csv, db, opts.containsKey("--parse-only"));
            return;
        }
        int rows = Integer.parseInt(opts.getOrDefault("--rows", "1000000"));
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "3"));
        String xmx = opts.getOrDefault("--xmx", "64m");
        String gc = opts.getOrDefault("--gc", "Serial");
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path csv = dir.resolve("import-leads-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            DemoData.writeLeadsCsv(csv, rows, 42);
            OUT.printf("generated %,d rows, %,d bytes in %.2f s%n", rows, Files.size(csv), secs(t));
        }
        OUT.printf("load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        OUT.printf("child import JVM: -Xmx%s -XX:+Use%sGC%n", xmx, gc);
        boolean sqlite = Files.isExecutable(Path.of("/usr/bin/sqlite3"));
        if (!sqlite) {
            OUT.println("sqlite3 CLI not found at /usr/bin/sqlite3 (apt-get install sqlite3): no reference time");
        }
        List<Double> cli = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> oursProcess = new ArrayList<>();
        List<String> childReports = new ArrayList<>();
        Path db = dir.resolve("import-bench.sqlite");
        for (int round = 1; round <= rounds; round++) {
            if (sqlite) {
                cli.add(sqliteImport(csv, dir.resolve("sqlite3-plain.sqlite")));
            }
            deleteAll(db);
            long t = System.nanoTime();
            String report = runChild(xmx, gc, csv, db, false);
            oursProcess.add(secs(t));
            ours.add(Double.parseDouble(field(report, "import_s")));
            childReports.add(report);
            OUT.printf("round %d: sqlite3 %s s, FunnelLab import %.2f s (process %.2f s) %s%n", round,
                    sqlite ? String.format("%.2f", cli.get(cli.size() - 1)) : "n/a", ours.get(ours.size() - 1),
                    oursProcess.get(oursProcess.size() - 1), report);
        }
        double cliMedian = sqlite ? median(cli) : Double.NaN;
        double oursMedian = median(ours);
        OUT.printf("%nIMPORT %,d rows (median of %d): sqlite3 .import %.2f s; FunnelLab %.2f s = %,.0f rows/s = %.2f x "
                        + "sqlite3 (process incl. JVM start %.2f s = %.2f x); peak RSS %s MiB (max over rounds)%n",
                rows, rounds, cliMedian, oursMedian, rows / oursMedian, oursMedian / cliMedian, median(oursProcess),
                median(oursProcess) / cliMedian, childReports.stream()
                        .mapToLong(r -> Long.parseLong(field(r, "vmhwm_kib"))).max().orElse(-1) / 1024);
        OUT.println("breakdown of the median round: " + childReports.get(medianIndex(ours)));
        long dbBytes = Long.parseLong(field(childReports.get(medianIndex(ours)), "db_bytes"));
        OUT.printf("WORKSPACE %,d bytes = %.2f x the CSV (%,d bytes) = %.0f bytes a lead%n", dbBytes,
                dbBytes / (double) Files.size(csv), Files.size(csv), dbBytes / (double) rows);
        if (sqlite) {
            OUT.println("by table and index (sqlite3 dbstat, MB):\n" + sqliteQuery(db, "SELECT name, round(sum(pgsize) / 1e6, 1)"
                    + " FROM dbstat GROUP BY name HAVING sum(pgsize) > 100000 ORDER BY 2 DESC"));
        }
        List<Double> warm = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            deleteAll(db);
            warm.add(Double.parseDouble(field(runJava(xmx, gc, "--child", "--warm", "--csv", csv.toString(), "--db",
                    db.toString()), "import_s")));
        }
        OUT.printf("IMPORT, second in the same JVM (code already compiled by a first import, as in an app session): "
                + "median %.2f s [%.2f–%.2f] = %.2f x sqlite3%n", median(warm), warm.stream().mapToDouble(d -> d).min()
                .orElse(0), warm.stream().mapToDouble(d -> d).max().orElse(0), median(warm) / cliMedian);
        String parse = runChild(xmx, gc, csv, dir.resolve("unused.sqlite"), true);
        OUT.println("read + map, no store (date pass and rows pass): " + parse);
        OUT.println("read only (CSV rows, no mapping): " + runJava(xmx, gc, "--read-only", "--csv", csv.toString()));
        queries(db);
        OUT.printf("load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    /** A child that only reads the file's rows (CSV parsing and decoding), no mapping, no store. */
    private static void readOnly(Path csv) throws IOException {
        long t0 = System.nanoTime();
        long rows = 0;
        try (TableReader table = new TableReader(csv, FormatDetector.detect(csv).settings(), Presets.knownHeaders())) {
            while (table.hasNext()) {
                table.next();
                rows++;
            }
        }
        System.out.printf("read_s=%.3f rows=%d%n", (System.nanoTime() - t0) / 1e9, rows);
    }

    /** The child: one full import through ImportService, then one line of {@code key=value} figures. */
    private static void child(Path csv, Path db, boolean parseOnly) throws IOException {
        List<String> header = FilePreview.of(csv, Presets.knownHeaders(), 0).header();
        Mapping mapping = Presets.byName("generic").defaultMapping(header);
        long[] marks = new long[3];
        ProgressListener progress = p -> {
            mark(marks, p);
            return true;
        };
        long t0 = System.nanoTime();
        long accepted;
        if (parseOnly) {
            accepted = new LeadImport(csv, FormatDetector.detect(csv).settings(), mapping).run(new LeadSink() {
                @Override
                public void accept(Lead lead) {
                }

                @Override
                public void reject(RejectedRow row) {
                }
            }, progress).accepted();
        } else {
            try (Workspace ws = Workspace.open(db)) {
                ImportService.LeadOutcome out = new ImportService().importLeads(ws, csv, null, mapping, "generic",
                        progress);
                accepted = out.counts().inserted();
            }
        }
        long t3 = System.nanoTime();
        long pass2Start = marks[1] == 0 ? t0 : marks[1];
        long pass2End = marks[2] == 0 ? t3 : marks[2];
        String phases = "";
        ImportTransaction.Phases p = ImportTransaction.lastPhases();
        if (!parseOnly && p != null) {
            phases = String.format(" writer_busy_s=%.3f reader_waited_s=%.3f compress_s=%.3f index_s=%.3f summary_s=%.3f source_raw_mb=%.1f"
                            + " source_stored_mb=%.1f db_bytes=%d", p.writeNanos() / 1e9, p.readerWaitNanos() / 1e9, p.compressNanos() / 1e9,
                    p.indexNanos() / 1e9, p.summaryNanos() / 1e9, p.sourceBytes() / 1e6, p.storedSourceBytes() / 1e6,
                    Files.size(db));
        }
        System.out.printf("import_s=%.3f pass1_dates_s=%.3f pass2_rows_s=%.3f after_last_row_s=%.3f rows=%d "
                        + "vmhwm_kib=%d%s%n", (t3 - t0) / 1e9, marks[1] == 0 ? 0 : (pass2Start - t0) / 1e9,
                (pass2End - pass2Start) / 1e9, (t3 - pass2End) / 1e9, accepted, vmHwmKib(), phases);
    }

    /** marks[1]: first tick of pass 2 (pass 1 over); marks[2]: latest tick of pass 2 (rows delivered by then). */
    private static void mark(long[] marks, ImportProgress p) {
        long now = System.nanoTime();
        if (p.pass() == 2 && marks[1] == 0) {
            marks[1] = now;
        }
        if (p.pass() == 2) {
            marks[2] = now;
        }
    }

    /** A child JVM of this class with {@code args}; its last line of output (a failure stops the bench). */
    private static String runJava(String xmx, String gc, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:+Use" + gc + "GC", "-cp", System.getProperty("java.class.path"),
                ImportBench.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + out);
        }
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    private static String runChild(String xmx, String gc, Path csv, Path db, boolean parseOnly)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--child", "--csv", csv.toString(), "--db", db.toString()));
        if (parseOnly) {
            args.add("--parse-only");
        }
        return runJava(xmx, gc, args.toArray(String[]::new));
    }

    private static String sqliteQuery(Path db, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/sqlite3", db.toString(), sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.strip();
    }

    private static double sqliteImport(Path csv, Path target) throws IOException, InterruptedException {
        deleteAll(target);
        String script = ".mode csv\n.import '" + csv.toAbsolutePath() + "' leads\n";
        long t = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/sqlite3", target.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + err);
        }
        return secs(t);
    }

    /** Every query method cold (first call on a freshly opened workspace) and warm (median of 20). */
    private static void queries(Path db) throws Exception {
        Filters narrow;
        try (Workspace ws = Workspace.open(db)) {
            String channel = ws.queries().channels().get(0);
            narrow = new Filters(YearMonth.of(2025, 1), YearMonth.of(2025, 6), Set.of(channel), Set.of(), Set.of());
        }
        Map<String, java.util.function.Function<Workspace, Object>> calls = new LinkedHashMap<>();
        calls.put("facts(ALL)", ws -> ws.queries().facts(Filters.ALL, Stage.SQL));
        calls.put("facts(6 months, 1 channel)", ws -> ws.queries().facts(narrow, Stage.SQL));
        calls.put("factsByChannel(ALL)", ws -> ws.queries().factsByChannel(Filters.ALL, Stage.SQL));
        calls.put("factsByChannel(6 months, 1 channel)", ws -> ws.queries().factsByChannel(narrow, Stage.SQL));
        calls.put("costsByChannel(ALL)", ws -> ws.queries().costsByChannel(Filters.ALL));
        calls.put("monthly(ALL)", ws -> ws.queries().monthly(Filters.ALL));
        calls.put("targetByChannel(ALL)", ws -> ws.queries().targetByChannel(Filters.ALL));
        calls.put("lossReasons(ALL)", ws -> ws.queries().lossReasons(Filters.ALL));
        calls.put("cycleDaysHistogram(ALL)", ws -> ws.queries().cycleDaysHistogram(Filters.ALL));
        calls.put("channels()", ws -> ws.queries().channels());
        calls.put("campaigns()", ws -> ws.queries().campaigns());
        calls.put("owners()", ws -> ws.queries().owners());
        calls.put("dataRange()", ws -> ws.queries().dataRange());
        OUT.println("\nQUERIES over the imported workspace (cold = first call after open; warm = median of 20):");
        double worstWarm = 0;
        for (var e : calls.entrySet()) {
            try (Workspace ws = Workspace.open(db)) {
                long t = System.nanoTime();
                e.getValue().apply(ws);
                double cold = millis(t);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    t = System.nanoTime();
                    e.getValue().apply(ws);
                    warm.add(millis(t));
                }
                double w = median(warm);
                worstWarm = Math.max(worstWarm, w);
                OUT.printf("  %-38s cold %8.1f ms   warm %7.1f ms%s%n", e.getKey(), cold, w, w > 50 ? "  > 50 ms" : "");
            }
        }
        OUT.printf("  worst warm %.1f ms (target ≤ 50 ms)%n", worstWarm);
        List<Double> inProcess = new ArrayList<>();
        PrintStream saved = System.out;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                FunnelLabCommand.run("metrics", "--json", "--workspace", db.toString());
            } finally {
                System.setOut(saved);
            }
            inProcess.add(millis(t));
        }
        long t = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.funnellab.app.Launcher", "metrics", "--json",
                "--workspace", db.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        OUT.printf("  metrics --json end to end: new process %.0f ms (exit %d); in-process first %.0f ms, median %.0f ms%n",
                millis(t), exit, inProcess.get(0), median(inProcess));
    }

    private static long vmHwmKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException ignored) {
            // not Linux: no figure
        }
        return -1;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            m.put(args[i], hasValue ? args[++i] : "");
        }
        return m;
    }

    private static String field(String report, String key) {
        for (String kv : report.split(" ")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        throw new IllegalStateException("no " + key + " in " + report);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static int medianIndex(List<Double> values) {
        double m = median(values);
        return values.indexOf(m);
    }

    private static void deleteAll(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

}
