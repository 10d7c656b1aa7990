package org.funnellab.bench;

import org.funnellab.store.DefaultWorkspace;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Launch → first window → data on screen, and the memory held, for the plain jar and the installed app-image
 * (with and without its start-up archive, and with other JVM options), all in one run, runs interleaved so each
 * case sees the same machine load. Times are measured from the moment this harness starts the process, so the
 * native launcher's own work counts. Needs a display (e.g. {@code xvfb-run -a}).
 * <pre>
 * ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.StartupBench \
 *   -Dbench.args="--runs 5 --image target/installer/image/FunnelLab [--workspace big.sqlite] [--screens]
 *                 [--variant 'g1=-XX:+UseG1GC'] [--launcher-variant 'probe=-Dprism.order=es2,sw'] [--java /path/to/jdk/bin/java]"
 * </pre>
 * {@code --screens} visits every screen after the data is shown and reports the memory after that;
 * {@code --variant NAME=OPTIONS} (options separated by spaces or by commas before a dash) adds a case: the app-image's runtime and class path with its memory options (heap, collector,
 * compiler, native-heap trimming, prism) replaced by OPTIONS (the start-up archive stays in use); {@code --launcher-variant NAME=OPTIONS} adds the installed launcher itself
 * with OPTIONS added through {@code JAVA_TOOL_OPTIONS}; {@code --java} adds the jar on another JVM.
 * The first case (the jar on the JVM running this harness) is the reference for the ratios.
 */
public final class StartupBench {
    private static final Pattern STARTUP = Pattern.compile("startup: first window (\\d+) ms, data shown (\\d+) ms, "
            + "heap used (\\d+) MiB, rss (\\d+) kB, peak rss (\\d+) kB, epoch first window (\\d+), epoch data shown (\\d+)");
    private static final Pattern SCREENS = Pattern.compile("screens: visited (\\d+), heap used (\\d+) MiB, "
            + "rss (\\d+) kB, peak rss (\\d+) kB");

    record Case(String name, List<String> command, String javaToolOptions, List<String> properties) {
    }

    record Sample(double window, double data, double rssData, double rssScreens, double peak, double exit) {
    }

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        Path image = Path.of("target/installer/image/FunnelLab");
        Path jar = Path.of("target/funnellab.jar");
        Path workspace = null;
        boolean screens = false;
        Map<String, String> variants = new LinkedHashMap<>();
        Map<String, String> launcherVariants = new LinkedHashMap<>();
        List<String> otherJava = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--image" -> image = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--workspace" -> workspace = Path.of(args[++i]);
                case "--screens" -> screens = true;
                case "--variant" -> {
                    String v = args[++i];
                    variants.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1));
                }
                case "--launcher-variant" -> {
                    String v = args[++i];
                    launcherVariants.put(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1));
                }
                case "--java" -> otherJava.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        // a tool's scratch files go under target/, never into the system's temporary folder
        Path tmp = Files.createDirectories(Path.of("target", "funnellab-startup-" + ProcessHandle.current().pid()));
        try {
            if (workspace == null) {
                workspace = tmp.resolve("demo.funnellab.sqlite");
                try (Workspace ignored = DefaultWorkspace.openOrCreate(workspace, YearMonth.now())) {
                    System.out.println("demo workspace: " + workspace);
                }
            }
            List<String> props = new ArrayList<>(List.of("-Dfunnellab.measureStartup=true",
                    "-Dfunnellab.workspace=" + workspace.toAbsolutePath(), "-Dfunnellab.lang=en-US"));
            if (screens) {
                props.add("-Dfunnellab.measureScreens=true");
            }
            List<Case> cases = cases(jar, image, variants, launcherVariants, otherJava, props);
            run(cases, runs, tmp, workspace, screens);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static List<Case> cases(Path jar, Path image, Map<String, String> variants,
                                    Map<String, String> launcherVariants, List<String> otherJava,
                                    List<String> props) throws IOException {
        String javaCmd = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("jar, JDK " + Runtime.version().feature() + " (reference)",
                List.of(javaCmd, "-jar", jar.toString()), null, props));
        for (String other : otherJava) {
            cases.add(new Case("jar, " + other, List.of(other, "-jar", jar.toString()), null, props));
        }
        Path launcher = image.resolve("bin/FunnelLab");
        if (!Files.isExecutable(launcher)) {
            System.out.println("no app-image at " + image + " (./mvnw -Pinstaller package): jar cases only");
            return cases;
        }
        Path appDir = image.resolve("lib/app");
        Cfg cfg = Cfg.read(appDir.resolve("FunnelLab.cfg"), appDir);
        String measure = String.join(" ", props);
        boolean aot = cfg.options.stream().anyMatch(o -> o.startsWith("-XX:AOTCache="));
        boolean jsa = cfg.options.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        if (aot || jsa) {
            cases.add(new Case("app-image, no archive", List.of(launcher.toString()),
                    (aot ? "-XX:AOTMode=off " : "-Xshare:off ") + measure, List.of()));
        }
        cases.add(new Case("app-image" + (aot || jsa ? " + archive" : ""), List.of(launcher.toString()), measure,
                List.of()));
        for (Map.Entry<String, String> v : launcherVariants.entrySet()) {
            cases.add(new Case("app-image " + v.getKey() + " (" + v.getValue().trim() + ")", List.of(launcher.toString()),
                    v.getValue().trim() + " " + measure, List.of()));
        }
        Path runtimeJava = image.resolve("lib/runtime/bin/java");
        for (Map.Entry<String, String> v : variants.entrySet()) {
            List<String> cmd = new ArrayList<>(List.of(runtimeJava.toString()));
            cfg.options.stream().filter(o -> !isHeapOrGc(o)).forEach(cmd::add);
            // options are split at spaces and at commas that start a new option, so -Dprism.order=es2,sw stays one
            cmd.addAll(List.of(v.getValue().trim().split("\\s+|,(?=-)")));
            cmd.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, cfg.classPath), cfg.mainClass));
            cases.add(new Case("app-image " + v.getKey() + " (" + v.getValue().trim() + ")", cmd, null, props));
        }
        return cases;
    }

    private static boolean isHeapOrGc(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xmn")
                || option.startsWith("-Xss") || option.matches("-XX:[+-]Use\\w+GC")
                || option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-XX:MaxRAM")
                || option.startsWith("-XX:ReservedCodeCacheSize") || option.startsWith("-XX:TrimNativeHeapInterval")
                || option.startsWith("-Dprism.");
    }

    /** The launcher's configuration: class path, main class and JVM options with $APPDIR filled in. */
    record Cfg(List<String> classPath, String mainClass, List<String> options) {
        static Cfg read(Path file, Path appDir) throws IOException {
            List<String> cp = new ArrayList<>();
            List<String> opts = new ArrayList<>();
            String main = null;
            for (String line : Files.readAllLines(file)) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toAbsolutePath().toString());
                if (line.startsWith("app.classpath=")) {
                    cp.add(value);
                } else if (line.startsWith("app.mainclass=")) {
                    main = value;
                } else if (line.startsWith("java-options=")) {
                    opts.add(value);
                }
            }
            return new Cfg(cp, main, opts);
        }
    }

    private static void run(List<Case> cases, int runs, Path tmp, Path workspace, boolean screens) throws Exception {
        Map<Case, List<Sample>> samples = new LinkedHashMap<>();
        cases.forEach(c -> samples.put(c, new ArrayList<>()));
        System.out.printf("%d runs of %d cases, interleaved; workspace %s (%.1f MiB); load average before %.2f%n",
                runs, cases.size(), workspace, Files.size(workspace) / 1048576.0, loadAverage());
        for (int r = 0; r < runs; r++) {
            for (Case c : cases) {
                Sample s = once(c, tmp.resolve("data-" + r + "-" + cases.indexOf(c)));
                samples.get(c).add(s);
                System.out.printf(Locale.ROOT, "  run %d %-45s window %5.0f ms, data %5.0f ms, rss %5.0f MiB%s%n", r + 1,
                        c.name(), s.window(), s.data(), s.rssData(),
                        screens ? String.format(Locale.ROOT, ", after every screen %.0f MiB (peak %.0f)",
                                s.rssScreens(), s.peak()) : "");
            }
        }
        System.out.printf("load average after %.2f%n%n", loadAverage());
        List<Sample> ref = samples.get(cases.get(0));
        double refWindow = median(ref, Sample::window);
        double refData = median(ref, Sample::data);
        double refRss = median(ref, screens ? Sample::rssScreens : Sample::rssData);
        System.out.printf("%-52s %-22s %-22s %-20s %s%n", "case (median [min–max] of " + runs + ")",
                "first window, ms", "data on screen, ms", screens ? "RSS after screens, MiB" : "RSS, MiB",
                "ratio window / data / RSS");
        for (Map.Entry<Case, List<Sample>> e : samples.entrySet()) {
            List<Sample> s = e.getValue();
            java.util.function.ToDoubleFunction<Sample> rss = screens ? Sample::rssScreens : Sample::rssData;
            System.out.printf(Locale.ROOT, "%-52s %-22s %-22s %-20s %.2f / %.2f / %.2f%n", e.getKey().name(),
                    range(s, Sample::window), range(s, Sample::data), range(s, rss),
                    median(s, Sample::window) / refWindow, median(s, Sample::data) / refData, median(s, rss) / refRss);
        }
    }

    private static Sample once(Case c, Path dataDir) throws Exception {
        List<String> cmd = new ArrayList<>(c.command());
        if (!c.properties().isEmpty()) {
            cmd.addAll(1, c.properties());
            cmd.add(1, "-Dfunnellab.dataDir=" + dataDir);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (c.javaToolOptions() != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", c.javaToolOptions() + " -Dfunnellab.dataDir=" + dataDir);
        } else {
            pb.environment().remove("JAVA_TOOL_OPTIONS");
        }
        long spawn = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(c.name() + ": no exit within 120 s");
        }
        double exit = (System.nanoTime() - t0) / 1e6;
        Matcher m = STARTUP.matcher(out);
        if (p.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException(c.name() + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        double rssScreens = Double.NaN;
        double peak = Long.parseLong(m.group(5)) / 1024.0;
        Matcher sm = SCREENS.matcher(out);
        if (sm.find()) {
            rssScreens = Long.parseLong(sm.group(3)) / 1024.0;
            peak = Long.parseLong(sm.group(4)) / 1024.0;
        }
        return new Sample(Long.parseLong(m.group(6)) - spawn, Long.parseLong(m.group(7)) - spawn,
                Long.parseLong(m.group(4)) / 1024.0, rssScreens, peak, exit);
    }

    private static String range(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
        double[] v = s.stream().mapToDouble(f).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", median(s, f), v[0], v[v.length - 1]);
    }

    private static double median(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
        double[] v = s.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
