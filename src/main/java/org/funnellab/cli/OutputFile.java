package org.funnellab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A file the command line writes (the rejected rows). It is checked before anything is read or written — it may not
 * be the workspace, an input, their SQLite side files (-journal, -wal, -shm), a workspace backup or any SQLite
 * database, nor a folder — and written to a temporary file beside it that is moved into place only when complete.
 */
final class OutputFile {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] SIDE_FILES = {"", "-journal", "-wal", "-shm"};

    private final String option;
    private final Path target;
    private Path temp;

    OutputFile(String option, Path target) {
        this.option = option;
        this.target = target.toAbsolutePath().normalize();
    }

    Path target() {
        return target;
    }

    /**
     * Refuses (exit 2) a target that would overwrite the workspace, an input or their side files, a backup, any SQLite
     * file or a folder, and (exit 1) one whose folder is missing or not writable.
     */
    void check(Path workspace, List<Path> inputs) {
        List<Path> protectedFiles = new ArrayList<>();
        for (String side : SIDE_FILES) {
            protectedFiles.add(Path.of(workspace.toAbsolutePath().normalize() + side));
        }
        for (Path input : inputs) {
            for (String side : SIDE_FILES) {
                protectedFiles.add(Path.of(input.toAbsolutePath().normalize() + side));
            }
        }
        for (Path p : protectedFiles) {
            if (same(target, p)) {
                throw CliException.usage(option + " " + target + ": is " + describe(p, workspace)
                        + " and would be overwritten; name another file");
            }
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.backup-v\\d+-.*\\.sqlite")) {
            throw CliException.usage(option + " " + target + ": is named like a workspace backup; name another file");
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage(option + " " + target + ": is a folder; name a file in it");
        }
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                throw CliException.usage(option + " " + target + ": is not a regular file; name another file");
            }
            if (isSqlite(target)) {
                throw CliException.usage(option + " " + target + ": is an SQLite database (perhaps a workspace) and"
                        + " would be overwritten; name another file");
            }
            if (!Files.isWritable(target)) {
                throw CliException.data(option + " " + target + ": cannot be overwritten (permission denied)");
            }
        }
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw CliException.usage(option + " " + target + ": its folder does not exist");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw CliException.data(option + " " + target + ": its folder cannot be written to (permission denied)");
        }
    }

    private static String describe(Path protectedFile, Path workspace) {
        String s = protectedFile.toString();
        String ws = workspace.toAbsolutePath().normalize().toString();
        if (s.equals(ws)) {
            return "the workspace";
        }
        if (s.startsWith(ws)) {
            return "a file SQLite keeps beside the workspace";
        }
        return Arrays.stream(SIDE_FILES).skip(1).anyMatch(s::endsWith) ? "a file beside an input" : "an input file";
    }

    /** True when both name the same file: the same path, or (when both exist) the same file by another name. */
    static boolean same(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        if (x.equals(y)) {
            return true;
        }
        try {
            if (Files.exists(x) && Files.exists(y)) {
                return Files.isSameFile(x, y);
            }
            Path rx = realParent(x);
            Path ry = realParent(y);
            return rx != null && rx.equals(ry);
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with its folder resolved through links (the file itself may not exist yet). */
    private static Path realParent(Path p) throws IOException {
        Path parent = p.getParent();
        if (parent == null || !Files.exists(parent) || p.getFileName() == null) {
            return null;
        }
        return parent.toRealPath().resolve(p.getFileName());
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh temporary file beside the target, for {@link #publish()} to move into place. */
    Path temporary() throws IOException {
        discard();
        Path folder = target.getParent() == null ? Path.of("").toAbsolutePath() : target.getParent();
        temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        return temp;
    }

    /** Moves the written temporary file onto the target. */
    void publish() throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new IOException(option + " " + target + ": cannot be written (" + reason(e) + ")", e);
        }
    }

    Path pending() {
        return temp;
    }

    /** Removes the temporary file, if one is left. */
    void discard() {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file in the target's folder; nothing else depends on it
            }
            temp = null;
        }
    }

    /** Why a file operation failed, in words (the JDK's texts for these are a bare path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = UserText.message(e.getMessage());
        return m.isEmpty() ? "an input/output error" : m;
    }

    String option() {
        return option;
    }
}
