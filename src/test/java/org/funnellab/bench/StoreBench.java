package org.funnellab.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.store.DemoData;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.ImportBatchInfo;
import org.funnellab.store.ImportCounts;
import org.funnellab.store.ImportKind;
import org.funnellab.store.ImportTransaction;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the store at a million leads: CSV import through {@link ImportTransaction} against the sqlite3 CLI's
 * {@code .import} of the same file, then every {@link FunnelQueries} method cold (first call on a fresh connection)
 * and warm (best of 10). Not a unit test. Run:
 * {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-Xmx128m -cp %classpath org.funnellab.bench.StoreBench [rows] [report file]"}.
 * The report goes to {@code target/store-bench.txt} unless a file is given.
 */
public final class StoreBench {
    private final PrintStream out;
    private final Set<String> flags;

    private StoreBench(PrintStream out, Set<String> flags) {
        this.out = out;
        this.flags = flags;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path report = Path.of(args.length > 1 && !args[1].startsWith("--") ? args[1] : "target/store-bench.txt");
        Path dir = Files.createDirectories(Path.of("target/bench"));
        try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
            new StoreBench(out, Set.of(args).stream().filter(a -> a.startsWith("--"))
                    .collect(java.util.stream.Collectors.toSet())).run(dir, rows);
        }
    }

    private void run(Path dir, int rows) throws Exception {
        Path csv = dir.resolve("leads-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            DemoData.writeLeadsCsv(csv, rows, 42);
            out.printf("generated %,d rows, %,d bytes in %.2f s%n", rows, Files.size(csv), secs(t));
        }
        double[] cliMemory = cliImport(csv, ":memory:");
        double[] cliFile = cliImport(csv, dir.resolve("cli.sqlite").toString());
        out.printf("sqlite3 .import  :memory: %.2f s (cpu %.2f s)   file %.2f s (cpu %.2f s)%n", cliMemory[0],
                cliMemory[1], cliFile[0], cliFile[1]);
        List<Workspace.JournalMode> modes = flags.contains("--wal")
                ? List.of(Workspace.JournalMode.ROLLBACK, Workspace.JournalMode.WAL)
                : List.of(Workspace.JournalMode.ROLLBACK);
        for (boolean raw : flags.contains("--no-raw") ? List.of(true, false) : List.of(true)) {
            for (Workspace.JournalMode mode : modes) {
                Path db = dir.resolve("ws-" + mode + (raw ? "" : "-noraw") + ".sqlite");
                deleteAll(db);
                long t = System.nanoTime();
                long cpu = processCpuNanos();
                try (Workspace ws = Workspace.open(db, mode)) {
                    double[] phases = importCsv(ws, csv, raw);
                    double total = secs(t);
                    out.printf("FunnelLab %-8s raw rows %-3s total %.2f s (load %.2f s, commit %.2f s, cpu %.2f s)"
                                    + " = %.2f x CLI file; file %,d bytes; peak RSS so far %,d KiB%n", mode,
                            raw ? "yes" : "no", total, phases[0], phases[1], (processCpuNanos() - cpu) / 1e9,
                            total / cliFile[0], Files.size(db), peakRssKib());
                }
            }
        }
        queries(dir.resolve("ws-" + Workspace.JournalMode.ROLLBACK + ".sqlite"));
        out.printf("peak RSS %,d KiB after queries, heap max %,d MiB%n", peakRssKib(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU seconds of the store's import writer thread so far (it lives until the import ends). */
    private static double writerCpuSeconds() {
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().equals("funnellab-import-writer")) {
                return THREADS.getThreadCpuTime(th.getId()) / 1e9;
            }
        }
        return -1;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Wall and CPU seconds of {@code sqlite3 target} importing the CSV (CPU from bash's {@code time}). */
    private double[] cliImport(Path csv, String target) throws IOException, InterruptedException {
        if (!target.equals(":memory:")) {
            deleteAll(Path.of(target));
        }
        String script = "TIMEFORMAT='%U %S'; time (printf '.mode csv\\n.import %s leads\\n' '" + csv.toAbsolutePath()
                + "' | /usr/bin/sqlite3 '" + target + "' > /dev/null)";
        long t = System.nanoTime();
        Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + output);
        }
        double wall = secs(t);
        String[] times = output.substring(output.lastIndexOf('\n') + 1).trim().split(" ");
        return new double[] {wall, Double.parseDouble(times[0]) + Double.parseDouble(times[1])};
    }

    /** Reads the CSV with FastCSV and upserts every row; returns {load seconds, commit seconds}. */
    private double[] importCsv(Workspace ws, Path csv, boolean raw) throws IOException {
        long t = System.nanoTime();
        double readerCpu = THREADS.getCurrentThreadCpuTime() / 1e9;
        ImportCounts counts;
        double load;
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, csv.getFileName().toString()));
             CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord r : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                tx.upsert(lead(r, raw));
            }
            for (int m = 0; m < 18; m++) {
                YearMonth month = DemoData.CSV_ANCHOR.minusMonths(m);
                tx.addCost(new CostEntry(month, "SEO", null, CostCategory.CONTENT, BigDecimal.valueOf(100_000), "RUB"));
                tx.addCost(new CostEntry(month, null, null, CostCategory.SOFTWARE, BigDecimal.valueOf(60_000), "RUB"));
            }
            load = secs(t);
            out.printf("  load: reader thread cpu %.2f s, writer thread cpu %.2f s%n",
                    THREADS.getCurrentThreadCpuTime() / 1e9 - readerCpu, writerCpuSeconds());
            t = System.nanoTime();
            counts = tx.commit();
        }
        out.printf("  %s%n", counts);
        return new double[] {load, secs(t)};
    }

    private static Lead lead(CsvRecord r, boolean raw) {
        String value = r.getField(11);
        return new Lead(SourceSystem.GENERIC, r.getField(0), dateTime(r.getField(1)), dateTime(r.getField(2)),
                r.getField(3), r.getField(4), r.getField(5), r.getField(6), Stage.valueOf(r.getField(7)),
                LeadStatus.valueOf(r.getField(8)), Target.valueOf(r.getField(9)), emptyToNull(r.getField(10)),
                value.isEmpty() ? null : new BigDecimal(value), r.getField(12), raw ? r.getFields() : null);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** 'yyyy-MM-dd HH:mm:ss' by hand; the importer's own date parsing is measured elsewhere. */
    private static LocalDateTime dateTime(String s) {
        if (s.isEmpty()) {
            return null;
        }
        return LocalDateTime.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10), num(s, 11, 13), num(s, 14, 16),
                num(s, 17, 19));
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + s.charAt(i) - '0';
        }
        return v;
    }

    private void queries(Path db) {
        YearMonth last = DemoData.CSV_ANCHOR;
        Filters quarter = Filters.ALL.withPeriod(last.minusMonths(2), last);
        Filters narrow = new Filters(last.minusMonths(5), last, Set.of("VK Реклама", "SEO"), Set.of(),
                Set.of("Анна Смирнова"));
        try (Workspace ws = Workspace.open(db)) {
            FunnelQueries q = ws.queries();
            Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
            calls.put("facts(ALL)", () -> q.facts(Filters.ALL, Stage.SQL));
            calls.put("facts(quarter)", () -> q.facts(quarter, Stage.SQL));
            calls.put("facts(6 months, 2 channels, owner)", () -> q.facts(narrow, Stage.SQL));
            calls.put("factsByChannel(ALL)", () -> q.factsByChannel(Filters.ALL, Stage.SQL));
            calls.put("factsByChannel(quarter)", () -> q.factsByChannel(quarter, Stage.SQL));
            calls.put("costsByChannel(ALL)", () -> q.costsByChannel(Filters.ALL));
            calls.put("monthly(ALL)", () -> q.monthly(Filters.ALL));
            calls.put("targetByChannel(ALL)", () -> q.targetByChannel(Filters.ALL));
            calls.put("lossReasons(ALL)", () -> q.lossReasons(Filters.ALL));
            calls.put("cycleDaysHistogram(ALL)", () -> q.cycleDaysHistogram(Filters.ALL));
            calls.put("cycleDaysHistogram(quarter)", () -> q.cycleDaysHistogram(quarter));
            calls.put("channels()", q::channels);
            calls.put("campaigns()", q::campaigns);
            calls.put("owners()", q::owners);
            calls.put("dataRange()", q::dataRange);
            for (Map.Entry<String, Supplier<Object>> e : calls.entrySet()) {
                long t = System.nanoTime();
                e.getValue().get();
                double cold = millis(t);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    t = System.nanoTime();
                    e.getValue().get();
                    warm.add(millis(t));
                }
                warm.sort(null);
                out.printf("  %-36s cold %7.1f ms   warm best %6.1f ms  median %6.1f ms%n", e.getKey(), cold,
                        warm.get(0), warm.get(5));
            }
            out.printf("  summary rows: %s%n", q.dataRange());
        }
    }

    private static long peakRssKib() {
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
