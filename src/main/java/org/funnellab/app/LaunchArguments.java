package org.funnellab.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the process was started for. No arguments, or a single workspace file (what a file manager passes when a
 * {@code .funnellab.sqlite} file is opened with FunnelLab), opens the window; anything else is the command line.
 * A single argument counts as a workspace when it is not an option or a command name and names a {@code .sqlite}
 * or {@code .db} file or an existing file. macOS's process-serial-number argument ({@code -psn_…}) is ignored.
 */
record LaunchArguments(boolean window, Optional<Path> workspace, List<String> commandLine) {
    /** The command line's commands: a file named like one is still read as the command. */
    private static final Set<String> COMMANDS = Set.of("import", "metrics", "scenario", "help");

    static LaunchArguments parse(String... raw) {
        List<String> args = Arrays.stream(raw).filter(a -> !a.startsWith("-psn_")).toList();
        if (args.isEmpty()) {
            return new LaunchArguments(true, Optional.empty(), List.of());
        }
        if (args.size() == 1 && looksLikeWorkspace(args.get(0))) {
            return new LaunchArguments(true, Optional.of(Path.of(args.get(0)).toAbsolutePath().normalize()), List.of());
        }
        return new LaunchArguments(false, Optional.empty(), args);
    }

    private static boolean looksLikeWorkspace(String arg) {
        if (arg.isBlank() || arg.startsWith("-") || COMMANDS.contains(arg)) {
            return false;
        }
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sqlite") || lower.endsWith(".db")) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
