import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds FunnelLab's app-image and native packages from {@code target/funnellab.jar} and {@code target/lib/}
 * with the running JDK's jdeps, jlink and jpackage. Started by {@code ./mvnw -Pinstaller package}; see
 * installer/README.md. Steps:
 * <ol>
 * <li>input: the app jar (its Class-Path without JavaFX), the other libraries, SQLite's native library unpacked;</li>
 * <li>runtime: jlink with the modules in installer/runtime-modules.txt (checked against what jdeps reports) and
 *     JavaFX's platform jars on the module path, so JavaFX runs as named modules;</li>
 * <li>app-image: jpackage with the launcher's JVM options;</li>
 * <li>start-up archive: one training run of the app-image (open the demo workspace, visit every screen) writes
 *     an AOT cache (JDK 25+) or an AppCDS archive (JDK 17–24) into the image; a second run checks that the
 *     launcher uses it;</li>
 * <li>native packages from that image: .deb / .rpm (Linux), .msi (Windows), .dmg (macOS).</li>
 * </ol>
 * Arguments: {@code --version V --types app-image,deb,rpm|default --train auto|yes|no --target DIR}.
 */
public final class PackageBuilder {
    static final String NAME = "FunnelLab";
    static final String MAIN_CLASS = "org.funnellab.app.Launcher";
    static final String VENDOR = "FunnelLab";
    static final String DESCRIPTION = "Offline desktop application for B2B funnel economics";
    static final String WIN_UPGRADE_UUID = "6f1d6c7e-4b8a-4f5e-9a55-2d1c0f3b7a11";

    /**
     * The launcher's JVM options, chosen by measurement (installer/README.md, "Start-up and memory"): the serial
     * collector (one user, one window: no pause worth G1's memory), a heap cap with room for a million-lead import
     * while the screens hold their data, a 16 MiB young generation (the default third of the heap is memory the
     * process touches and keeps, about 40 MiB more after every screen), and the client compiler only, which starts faster on two cores (no C2
     * threads competing with the first frame) and holds less memory, at 1.4–1.6 × the time for compute-heavy work
     * (10,000 Monte Carlo draws), still well inside its budget.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx192m", "-Xmn16m", "-XX:TieredStopAtLevel=1");

    /** sqlite-jdbc and JavaFX load native code: allowed, so JDK 24+ prints no warning about it. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED,javafx.graphics";

    private final Path base = Path.of("").toAbsolutePath();
    private final Path target;
    private final Path work;
    private final String version;
    private final String packageVersion;
    private final int jdkFeature = Runtime.version().feature();
    private final Os os = Os.current();

    enum Os { LINUX, WINDOWS, MAC;
        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.contains("win") ? WINDOWS : n.contains("mac") ? MAC : LINUX;
        }
    }

    PackageBuilder(Map<String, String> opts) {
        this.target = base.resolve(opts.getOrDefault("target", "target"));
        this.work = target.resolve("installer");
        this.version = opts.getOrDefault("version", "0.0.0");
        this.packageVersion = packageVersion(version, os);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PackageBuilder b = new PackageBuilder(opts);
        try {
            b.build(b.types(opts.getOrDefault("types", "default")), opts.getOrDefault("train", "auto"));
        } catch (BuildException e) {
            System.err.println("[installer] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static final class BuildException extends Exception {
        BuildException(String message) {
            super(message);
        }
    }

    /** jpackage wants numbers only; macOS also wants the first one to be at least 1. */
    static String packageVersion(String version, Os os) {
        String numeric = version.replaceFirst("[-+].*$", "");
        if (!numeric.matches("\\d+(\\.\\d+){0,2}")) {
            numeric = "0.0.0";
        }
        if (os == Os.MAC && numeric.startsWith("0")) {
            // CFBundleVersion must not start with 0; 0.x.y is stamped 1.x.y until FunnelLab reaches 1.0
            numeric = "1" + numeric.substring(1);
        }
        return numeric;
    }

    List<String> types(String spec) {
        if (!"default".equals(spec)) {
            return Arrays.stream(spec.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        List<String> t = new ArrayList<>(List.of("app-image"));
        switch (os) {
            case LINUX -> {
                if (onPath("dpkg-deb") && onPath("fakeroot")) {
                    t.add("deb");
                } else {
                    log("no dpkg-deb/fakeroot: skipping .deb (apt-get install fakeroot)");
                }
                if (onPath("rpmbuild")) {
                    t.add("rpm");
                } else {
                    log("no rpmbuild: skipping .rpm (apt-get install rpm)");
                }
            }
            case WINDOWS -> t.add("msi");
            case MAC -> t.add("dmg");
        }
        return t;
    }

    void build(List<String> types, String train) throws Exception {
        long t0 = System.nanoTime();
        log("JDK " + Runtime.version() + " on " + os + "; version " + version + " (package version "
                + packageVersion + "); building " + types);
        deleteTree(work);
        Path input = stageInput();
        Path icons = icons();
        List<String> modules = checkedModules(input);
        Path runtime = jlink(modules);
        Path image = appImage(input, runtime, icons);
        if (os == Os.LINUX) {
            shellLauncher(image);
        }
        archive(image, train);
        Path packages = work.resolve("packages");
        for (String type : types) {
            if (!"app-image".equals(type)) {
                nativePackage(type, image, icons, packages);
            }
        }
        log(String.format(Locale.ROOT, "done in %.0f s", (System.nanoTime() - t0) / 1e9));
        log("app-image: " + image + " (" + mib(size(image)) + ")");
        if (Files.isDirectory(packages)) {
            try (Stream<Path> s = Files.list(packages)) {
                for (Path p : s.sorted().toList()) {
                    log("package:   " + p + " (" + mib(Files.size(p)) + ")");
                }
            }
        }
    }

    // ---- 1. input -----------------------------------------------------------------------------------------------

    private Path stageInput() throws IOException, BuildException {
        Path jar = target.resolve("funnellab.jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new BuildException("run the package phase first: " + jar + " or " + lib + " is missing");
        }
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        long dropped = 0;
        for (Path p : libraries()) {
            Path copy = input.resolve("lib").resolve(p.getFileName());
            java.util.function.Predicate<String> keep = keptEntries(p.getFileName().toString());
            if (keep == null) {
                Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
            } else {
                copyJar(p, copy, keep);
                dropped += Files.size(p) - Files.size(copy);
            }
            classPath.add("lib/" + p.getFileName());
        }
        log(String.format(Locale.ROOT, "input: native libraries of other systems left out of the jars: %s", mib(dropped)));
        // The app jar again, its Class-Path without JavaFX (the runtime holds JavaFX as modules).
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar));
             OutputStream fileOut = Files.newOutputStream(input.resolve("funnellab.jar"))) {
            Manifest mf = new Manifest(in.getManifest());
            mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
            try (JarOutputStream out = new JarOutputStream(fileOut, mf)) {
                for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        // SQLite's native library unpacked once here instead of into a temporary folder on every start.
        String sqlite = sqliteNativeEntry();
        Path sqliteJar = libraries().stream().filter(p -> p.getFileName().toString().startsWith("sqlite-jdbc"))
                .findFirst().orElseThrow(() -> new BuildException("sqlite-jdbc is not among the libraries"));
        try (JarFile jf = new JarFile(sqliteJar.toFile())) {
            JarEntry e = jf.getJarEntry(sqlite);
            if (e == null) {
                throw new BuildException("sqlite-jdbc has no native library " + sqlite);
            }
            Files.createDirectories(input.resolve("native"));
            try (InputStream s = jf.getInputStream(e)) {
                Files.copy(s, input.resolve("native").resolve(sqlite.substring(sqlite.lastIndexOf('/') + 1)));
            }
        }
        return input;
    }

    /**
     * Which entries of a library jar the package keeps, or null for all. sqlite-jdbc carries its native library for
     * every system (12 MiB): the package loads this system's from {@code native/} (see {@link #stageInput}), so none is
     * kept in the jar. zstd-jni carries 18 (6.5 MiB) and loads its own from the jar: only this system's stays (when it
     * is found under zstd-jni's naming, {@code linux/amd64/…}; otherwise the jar is kept whole).
     */
    private java.util.function.Predicate<String> keptEntries(String jarName) throws IOException {
        if (jarName.startsWith("sqlite-jdbc")) {
            return name -> !name.startsWith("org/sqlite/native/") || name.endsWith("/");
        }
        if (jarName.startsWith("zstd-jni")) {
            String dir = (os == Os.LINUX ? "linux" : os == Os.MAC ? "darwin" : "win") + "/"
                    + System.getProperty("os.arch") + "/";
            java.util.regex.Pattern nativeLib = java.util.regex.Pattern.compile("[a-z]+/[^/]+/libzstd-jni[^/]*");
            try (JarFile jf = new JarFile(target.resolve("lib").resolve(jarName).toFile())) {
                boolean ours = jf.stream().anyMatch(e -> e.getName().startsWith(dir)
                        && nativeLib.matcher(e.getName()).matches());
                if (!ours) {
                    log("input: " + jarName + " has no " + dir + " library under its usual name: kept whole");
                    return null;
                }
            }
            return name -> !nativeLib.matcher(name).matches() || name.startsWith(dir);
        }
        return null;
    }

    /** Copies the jar {@code from} to {@code to} with the entries {@code keep} accepts, manifest included. */
    private static void copyJar(Path from, Path to, java.util.function.Predicate<String> keep) throws IOException {
        try (JarFile in = new JarFile(from.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(to))) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                if (!keep.test(e.getName())) {
                    continue;
                }
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                try (InputStream s = in.getInputStream(e)) {
                    s.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    /** The runtime libraries except JavaFX's, which go into the runtime image. */
    private List<Path> libraries() throws IOException {
        try (Stream<Path> s = Files.list(target.resolve("lib"))) {
            return s.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("javafx-")).sorted().toList();
        }
    }

    /** JavaFX's platform jars (javafx-graphics-21.0.12-linux.jar...): modular jars with the native code inside. */
    private List<Path> javafxPlatformJars() throws IOException, BuildException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(target.resolve("lib"))) {
            jars = s.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"))
                    .sorted().toList();
        }
        if (jars.isEmpty()) {
            throw new BuildException("no JavaFX platform jars in " + target.resolve("lib"));
        }
        return jars;
    }

    private String sqliteNativeEntry() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("aarch64") ? "aarch64" : arch;
        return switch (os) {
            case LINUX -> "org/sqlite/native/Linux/" + a + "/libsqlitejdbc.so";
            case MAC -> "org/sqlite/native/Mac/" + a + "/libsqlitejdbc.dylib";
            case WINDOWS -> "org/sqlite/native/Windows/" + a + "/sqlitejdbc.dll";
        };
    }

    // ---- 2. runtime ---------------------------------------------------------------------------------------------

    /** installer/runtime-modules.txt, after checking that it holds every module jdeps finds the code needs. */
    private List<String> checkedModules(Path input) throws Exception {
        List<String> listed = readModules(base.resolve("installer/runtime-modules.txt"));
        String fx = javafxPlatformJars().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        String cp = libraries().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--recursive",
                "--multi-release", "17", "--module-path", fx, "--class-path", cp,
                input.resolve("funnellab.jar").toString()).trim();
        Set<String> needed = new TreeSet<>(Arrays.asList(out.substring(out.lastIndexOf('\n') + 1).split(",")));
        needed.removeIf(String::isBlank);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            throw new BuildException("jdeps finds modules that installer/runtime-modules.txt lacks: " + missing
                    + " (jdeps: " + needed + ")");
        }
        log("modules (jdeps: " + needed + "): " + listed);
        return listed;
    }

    static List<String> readModules(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.replaceFirst("#.*", "").trim())
                .filter(l -> !l.isEmpty()).toList();
    }

    private Path jlink(List<String> modules) throws Exception {
        Path runtime = work.resolve("runtime");
        String fx = javafxPlatformJars().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> args = new ArrayList<>(List.of("--module-path", fx, "--add-modules", String.join(",", modules),
                "--include-locales=en,ru", "--no-header-files", "--no-man-pages", "--output", runtime.toString()));
        if (jdkFeature < 25) {
            // the AppCDS archive of the app's classes sits on top of the runtime's own CDS archive
            args.add("--generate-cds-archive");
        }
        if (os == Os.LINUX && onPath("objcopy")) {
            args.addAll(List.of("--strip-java-debug-attributes", "--strip-native-debug-symbols=exclude-debuginfo-files"));
        } else {
            args.add("--strip-debug");
        }
        tool("jlink", args.toArray(String[]::new));
        log("runtime: " + mib(size(runtime)));
        return runtime;
    }

    // ---- 3. app-image -------------------------------------------------------------------------------------------

    private Path appImage(Path input, Path runtime, Path icons) throws Exception {
        Path dest = work.resolve("image");
        String sqliteLib = sqliteNativeEntry().substring(sqliteNativeEntry().lastIndexOf('/') + 1);
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", NAME,
                "--app-version", packageVersion, "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "FunnelLab contributors, Apache License 2.0",
                "--input", input.toString(), "--main-jar", "funnellab.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icons.resolve(iconName()).toString(),
                "--dest", dest.toString()));
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.add("-Dorg.sqlite.lib.path=$APPDIR" + (os == Os.WINDOWS ? "\\" : "/") + "native");
        options.add("-Dorg.sqlite.lib.name=" + sqliteLib);
        // sqlite-jdbc loads its library and JavaFX uses sun.misc.Unsafe: allowed, so JDK 24+ prints no warnings
        options.add(NATIVE_ACCESS);
        if (jdkFeature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        if (jdkFeature >= 22) {
            // hands memory that native code (GTK, SQLite, the JVM) has freed back to the system every second
            options.add("-XX:TrimNativeHeapInterval=1000");
        }
        for (String o : options) {
            args.add("--java-options");
            args.add(o);
        }
        if (os == Os.MAC) {
            args.addAll(List.of("--mac-package-identifier", "org.funnellab.FunnelLab", "--mac-package-name", NAME));
        }
        tool("jpackage", args.toArray(String[]::new));
        Path image = dest.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        log("app-image: " + image);
        return image;
    }

    /**
     * The Linux launcher as a POSIX shell script. jpackage's native launcher asks {@code rpm -qf} and then
     * {@code dpkg -S} on every start which package owns it (and, when one does, {@code dpkg -L} or {@code rpm -ql}
     * where its library is): 0.1–0.15 s before the JVM starts, measured here. The script starts the bundled runtime
     * with exactly what the launcher would pass — the class path, main class and JVM options of
     * {@code lib/app/FunnelLab.cfg}, read at each start so the file stays the one place for them, with
     * {@code $APPDIR}, {@code $BINDIR}, {@code $ROOTDIR} and {@code $HOME} filled in — and the user's arguments.
     * It replaces the binary before the training run, so the start-up archive is made and checked through it.
     * The script is {@code installer/launcher/FunnelLab.sh} ({@code @CFG@}: the configuration's file name).
     */
    private void shellLauncher(Path image) throws IOException {
        Path launcher = launcher(image);
        String script = Files.readString(base.resolve("installer/launcher/FunnelLab.sh")).replace("@CFG@", NAME + ".cfg");
        Files.delete(launcher);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        log("launcher: " + launcher + " (shell script reading " + NAME + ".cfg)");
    }


    private Path appDir(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    private Path launcher(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("bin/" + NAME);
            case WINDOWS -> image.resolve(NAME + ".exe");
            case MAC -> image.resolve("Contents/MacOS/" + NAME);
        };
    }

    // ---- 4. start-up archive ------------------------------------------------------------------------------------

    /**
     * Trains the class-data archive with one run of the image (the demo workspace in a throw-away data folder,
     * every screen visited), adds it to the launcher's options and checks with a second run that it is used.
     * On a machine that cannot show a window (no display) this is skipped unless {@code --train yes}.
     */
    private void archive(Path image, String train) throws Exception {
        if ("no".equals(train)) {
            log("start-up archive: not made here (--train no)");
            firstRunArchive(image);
            return;
        }
        if (os == Os.LINUX && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            if ("yes".equals(train)) {
                throw new BuildException("the start-up archive needs a display for its training run (try xvfb-run)");
            }
            log("start-up archive: not made here, no display (run under xvfb-run to include it)");
            firstRunArchive(image);
            return;
        }
        boolean aot = jdkFeature >= 25;
        Path file = appDir(image).resolve(aot ? "funnellab.aot" : "funnellab.jsa");
        Path data = Files.createTempDirectory("funnellab-training");
        try {
            String measure = "-Dfunnellab.measureStartup=true -Dfunnellab.measureScreens=true"
                    + " -Dfunnellab.dataDir=" + data + " -Dfunnellab.lang=en-US";
            String dump = aot ? "-XX:AOTCacheOutput=" + file : "-XX:ArchiveClassesAtExit=" + file;
            String out;
            try {
                out = run(image, dump + " " + measure);
                if (!Files.isRegularFile(file)) {
                    throw new BuildException("the training run wrote no archive " + file + ":\n" + out);
                }
            } catch (BuildException e) {
                if ("yes".equals(train)) {
                    throw e;
                }
                Files.deleteIfExists(file);
                log("start-up archive: not made here, the training run failed (--train yes makes this an error): "
                        + e.getMessage());
                firstRunArchive(image);
                return;
            }
            String option = aot ? "-XX:AOTCache=$APPDIR/" + file.getFileName()
                    : "-XX:SharedArchiveFile=$APPDIR/" + file.getFileName();
            addLauncherOption(appDir(image).resolve(NAME + ".cfg"), option.replace("/", os == Os.WINDOWS ? "\\" : "/"));
            // -XX:AOTMode=on / -Xshare:on fail the start when the archive cannot be used, so this run proves it is.
            String check = run(image, (aot ? "-XX:AOTMode=on" : "-Xshare:on") + " " + measure.replace(
                    " -Dfunnellab.measureScreens=true", ""));
            log("start-up archive: " + file.getFileName() + " " + mib(Files.size(file)) + ", in use: "
                    + check.lines().filter(l -> l.startsWith("startup:")).findFirst().orElse("?"));
        } finally {
            deleteTree(data);
        }
    }

    /**
     * Without a trained archive the launcher asks the JVM to make one itself: an AppCDS archive written at the
     * first exit into the user's cache folder ({@code -XX:+AutoCreateSharedArchive}, JDK 19+) and used, or remade
     * when it no longer matches, from then on. The launcher expands {@code $HOME} in its options from JDK 25 on;
     * the app creates the folder ({@code funnellab.cacheDir}).
     */
    private void firstRunArchive(Path image) throws IOException {
        if (jdkFeature < 25 || os == Os.WINDOWS) {
            log("start-up archive: none (a per-user archive needs a JDK 25 runtime on Linux or macOS)");
            return;
        }
        // the per-user archive sits on top of the runtime's own CDS archive, which jlink did not make
        Path java = image.resolve(os == Os.MAC ? "Contents/runtime/Contents/Home/bin/java" : "lib/runtime/bin/java");
        // with the launcher's module options, or the JVM finds them mismatched and turns part of the archive off
        Process dump = new ProcessBuilder(java.toString(), NATIVE_ACCESS, "-Xshare:dump").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!dump.waitFor(180, TimeUnit.SECONDS) || dump.exitValue() != 0) {
                log("start-up archive: none (the runtime's CDS archive could not be made)");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String dir = os == Os.MAC ? "$HOME/Library/Caches/FunnelLab" : "$HOME/.cache/funnellab";
        Path cfg = appDir(image).resolve(NAME + ".cfg");
        addLauncherOption(cfg, "-Dfunnellab.cacheDir=" + dir);
        addLauncherOption(cfg, "-XX:SharedArchiveFile=" + dir + "/funnellab-" + version + ".jsa");
        addLauncherOption(cfg, "-XX:+AutoCreateSharedArchive");
        // the JVM reports classes it leaves out of the archive, on the user's terminal: not worth a line there
        addLauncherOption(cfg, "-Xlog:cds*=off");
        log("start-up archive: made on the first run in " + dir);
    }

    private String run(Path image, String javaToolOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher(image).toString()).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BuildException("the app-image did not finish its run within 180 s");
        }
        reader.join();
        String text = out.toString(StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || !text.contains("startup:")) {
            throw new BuildException("the app-image's run failed (exit " + p.exitValue() + "):\n" + text);
        }
        return text;
    }

    static void addLauncherOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int at = lines.indexOf("[JavaOptions]");
        if (at < 0) {
            throw new IOException(cfg + " has no [JavaOptions] section");
        }
        lines.add(at + 1, "java-options=" + option);
        Files.write(cfg, lines);
    }

    // ---- 5. native packages -------------------------------------------------------------------------------------

    private void nativePackage(String type, Path image, Path icons, Path dest) throws Exception {
        Path assoc = work.resolve("workspace-association.properties");
        Files.writeString(assoc, String.join("\n",
                // Windows and macOS go by the last dot only: there FunnelLab registers for .sqlite files
                "extension=" + (os == Os.LINUX ? "funnellab.sqlite" : "sqlite"),
                "mime-type=application/x-funnellab-workspace",
                "description=FunnelLab workspace",
                "icon=" + icons.resolve(iconName()).toString().replace("\\", "\\\\"), ""));
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--name", NAME, "--app-version", packageVersion, "--vendor", VENDOR,
                "--description", DESCRIPTION, "--copyright", "FunnelLab contributors, Apache License 2.0",
                "--file-associations", assoc.toString(), "--dest", dest.toString()));
        switch (type) {
            case "deb", "rpm" -> {
                args.addAll(List.of("--icon", icons.resolve(iconName()).toString(),
                        "--linux-package-name", "funnellab", "--linux-menu-group", "Office;Finance;",
                        "--linux-app-category", "deb".equals(type) ? "misc" : "Applications/Productivity",
                        "--linux-shortcut", "--linux-package-deps", "deb".equals(type) ? "libgtk-3-0" : "gtk3",
                        // FunnelLab.desktop: the menu entry passes the opened file (Exec ... %F)
                        "--resource-dir", base.resolve("installer/linux").toString()));
                if ("deb".equals(type)) {
                    args.addAll(List.of("--linux-deb-maintainer", "maintainers@funnellab.org"));
                } else {
                    args.addAll(List.of("--linux-rpm-license-type", "ASL 2.0"));
                }
            }
            case "msi", "exe" -> args.addAll(List.of("--icon", icons.resolve(iconName()).toString(),
                    "--win-menu", "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID));
            case "dmg", "pkg" -> args.addAll(List.of("--icon", icons.resolve(iconName()).toString(),
                    "--mac-package-identifier", "org.funnellab.FunnelLab"));
            default -> throw new BuildException("unknown package type " + type);
        }
        tool("jpackage", args.toArray(String[]::new));
    }

    // ---- icons --------------------------------------------------------------------------------------------------

    private String iconName() {
        return switch (os) {
            case LINUX -> "FunnelLab.png";
            case WINDOWS -> "FunnelLab.ico";
            case MAC -> "FunnelLab.icns";
        };
    }

    /** The drawn icon (src/main/resources/org/funnellab/ui/icon) as PNG, ICO and ICNS, which may hold PNGs. */
    private Path icons() throws IOException {
        Path src = base.resolve("src/main/resources/org/funnellab/ui/icon");
        Path dir = work.resolve("icons");
        Files.createDirectories(dir);
        Files.copy(src.resolve("icon-256.png"), dir.resolve("FunnelLab.png"));
        // ICO: a header and a directory of entries, each a whole PNG file (Windows Vista and later).
        int[] icoSizes = {16, 32, 48, 64, 128, 256};
        List<byte[]> pngs = new ArrayList<>();
        for (int s : icoSizes) {
            pngs.add(Files.readAllBytes(src.resolve("icon-" + s + ".png")));
        }
        ByteBuffer ico = ByteBuffer.allocate(6 + 16 * pngs.size() + pngs.stream().mapToInt(b -> b.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        int offset = 6 + 16 * pngs.size();
        for (int i = 0; i < pngs.size(); i++) {
            int s = icoSizes[i];
            ico.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(ico::put);
        Files.write(dir.resolve("FunnelLab.ico"), ico.array());
        // ICNS: big-endian chunks; ic07/ic08/ic09 hold 128/256/512 PNGs.
        Map<String, Integer> icns = new LinkedHashMap<>(Map.of("ic07", 128));
        icns.put("ic08", 256);
        icns.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> e : icns.entrySet()) {
            byte[] png = Files.readAllBytes(src.resolve("icon-" + e.getValue() + ".png"));
            body.write(e.getKey().getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(png.length + 8).array());
            body.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("icns".getBytes(StandardCharsets.US_ASCII));
        file.write(ByteBuffer.allocate(4).putInt(body.size() + 8).array());
        body.writeTo(file);
        Files.write(dir.resolve("FunnelLab.icns"), file.toByteArray());
        return dir;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static String tool(String name, String... args) throws BuildException {
        ToolProvider tp = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        log(name + " " + String.join(" ", args));
        int rc = tp.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (rc != 0) {
            throw new BuildException(name + " failed (" + rc + "):\n" + out + err);
        }
        if (!err.toString().isBlank()) {
            System.err.print(err);
        }
        return out.toString();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
    }
}
