package org.funnellab.app;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * On a Linux machine with no graphics device at all (a virtual machine, a remote or headless desktop) JavaFX's
 * hardware pipeline cannot work: Mesa's software OpenGL fails its hardware check and JavaFX draws with its own
 * software renderer anyway. Finding that out costs about 60 MiB of memory for the rest of the session (GTK and JavaFX
 * load Mesa and LLVM) and about 60 ms of start-up. With no device, this chooses the software renderer before the
 * toolkit starts and tells GTK to skip its OpenGL set-up; what the window shows is the same.
 *
 * <p>A machine with a GPU device node ({@code /dev/dri/*} or {@code /dev/nvidia*}) is left alone, and so is a user's
 * own choice: an explicit {@code -Dprism.order} or a {@code GDK_GL} variable wins. GTK reads {@code GDK_GL} from the
 * C environment, which only a runtime with the foreign-function API (Java 22 and later, as in the installed app)
 * can set from inside the process; on older runtimes only the renderer is chosen.
 */
final class SoftwareRendering {
    /** The C library's setenv(name, value, overwrite), found and called through the foreign-function API. */
    private static final String SETENV = "setenv";

    private SoftwareRendering() {
    }

    /** What {@link #chooseBeforeToolkit()} decided, for the start-up report and tests. */
    enum Choice {
        /** Not Linux, a GPU device present, or the user chose: nothing changed. */
        UNCHANGED,
        /** Software renderer chosen; GTK's OpenGL set-up skipped too. */
        SOFTWARE,
        /** Software renderer chosen; the runtime cannot set GTK's variable, so GTK still probes OpenGL. */
        SOFTWARE_GTK_PROBES
    }

    /** Decides, and applies, the renderer for this process; call before the JavaFX toolkit starts. */
    static Choice chooseBeforeToolkit() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        Choice choice = choose(linux, System.getProperty("prism.order"), System.getenv(), Path.of("/dev"));
        if (choice == Choice.UNCHANGED) {
            return choice;
        }
        System.setProperty("prism.order", "sw");
        if (choice == Choice.SOFTWARE && !setEnvironment("GDK_GL", "disable")) {
            return Choice.SOFTWARE_GTK_PROBES;
        }
        return choice;
    }

    /**
     * The decision alone: software rendering on Linux when the user chose no renderer and {@code dev} holds no graphics
     * device; GTK's probe is skipped too unless the user set {@code GDK_GL} or the runtime cannot set it.
     */
    static Choice choose(boolean linux, String prismOrder, Map<String, String> environment, Path dev) {
        if (!linux || prismOrder != null || hasGraphicsDevice(dev)) {
            return Choice.UNCHANGED;
        }
        return environment.containsKey("GDK_GL") || Runtime.version().feature() < 22
                ? Choice.SOFTWARE_GTK_PROBES : Choice.SOFTWARE;
    }

    /**
     * True when {@code dev} holds a DRM device ({@code dri/card*}, {@code dri/renderD*}) or NVIDIA's own device nodes.
     * A folder that cannot be read counts as holding one: then nothing is changed.
     */
    static boolean hasGraphicsDevice(Path dev) {
        if (!Files.isDirectory(dev)) {
            return true;
        }
        Path dri = dev.resolve("dri");
        try {
            return any(dri, "card*") || any(dri, "renderD*") || any(dev, "nvidia*");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean any(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, glob)) {
            return entries.iterator().hasNext();
        }
    }

    /**
     * Sets a variable of this process's C environment (not {@link System#getenv()}, a copy taken at start) through
     * the foreign-function API, reached by reflection so the app still runs on Java 17. False when the runtime has no
     * such API or the call fails; nothing else happens then.
     */
    static boolean setEnvironment(String name, String value) {
        if (Runtime.version().feature() < 22) {
            return false;
        }
        try {
            Foreign f = new Foreign();
            MethodHandle setenv = f.downcall(SETENV, f.intLayout, f.addressLayout, f.addressLayout, f.intLayout);
            try (AutoCloseable arena = f.confinedArena()) {
                int rc = (int) setenv.invokeWithArguments(f.cString(arena, name), f.cString(arena, value), 1);
                return rc == 0;
            }
        } catch (Throwable e) {
            return false;
        }
    }

    /** A variable of this process's C environment, read the same way (null when unset or unreadable); for tests. */
    static String environmentValue(String name) {
        if (Runtime.version().feature() < 22) {
            return null;
        }
        try {
            Foreign f = new Foreign();
            MethodHandle getenv = f.downcall("getenv", f.addressLayout, f.addressLayout);
            try (AutoCloseable arena = f.confinedArena()) {
                Object pointer = getenv.invokeWithArguments(f.cString(arena, name));
                return f.readCString(pointer);
            }
        } catch (Throwable e) {
            return null;
        }
    }

    /** The few pieces of {@code java.lang.foreign} (Java 22+) used here, by reflection. */
    private static final class Foreign {
        final Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        final Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        final Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
        final Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        final Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        final Object intLayout = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
        final Object addressLayout = Class.forName("java.lang.foreign.ValueLayout").getField("ADDRESS").get(null);

        Foreign() throws ReflectiveOperationException {
        }

        /** A handle on the C library's {@code function} returning {@code result} and taking {@code arguments}. */
        MethodHandle downcall(String function, Object result, Object... arguments) throws ReflectiveOperationException {
            Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
            Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
                    .getMethod("find", String.class).invoke(lookup, function);
            if (symbol.isEmpty()) {
                throw new ReflectiveOperationException("no " + function);
            }
            Object layouts = Array.newInstance(layoutClass, arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                Array.set(layouts, i, arguments[i]);
            }
            Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
            Object descriptor = descriptorClass.getMethod("of", layoutClass, layouts.getClass())
                    .invoke(null, result, layouts);
            Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
            Object options = Array.newInstance(optionClass, 0);
            return (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass, descriptorClass,
                    options.getClass()).invoke(linker, symbol.get(), descriptor, options);
        }

        AutoCloseable confinedArena() throws ReflectiveOperationException {
            return (AutoCloseable) arenaClass.getMethod("ofConfined").invoke(null);
        }

        /** {@code text} as a NUL-terminated UTF-8 string in {@code arena}. */
        Object cString(AutoCloseable arena, String text) throws ReflectiveOperationException {
            return arenaClass.getMethod("allocateFrom", String.class).invoke(arena, text);
        }

        /** The NUL-terminated UTF-8 string {@code pointer} points at; null for a null pointer. */
        String readCString(Object pointer) throws ReflectiveOperationException {
            if ((long) segmentClass.getMethod("address").invoke(pointer) == 0) {
                return null;
            }
            Object whole = segmentClass.getMethod("reinterpret", long.class).invoke(pointer, Long.MAX_VALUE);
            return (String) segmentClass.getMethod("getString", long.class).invoke(whole, 0L);
        }
    }
}
