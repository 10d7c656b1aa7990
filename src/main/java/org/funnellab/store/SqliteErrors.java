package org.funnellab.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What an SQLite failure means for the person using the workspace, in words and with what to do — never the driver's
 * {@code [SQLITE_BUSY] The database file is locked (database is locked)} text or its result code.
 */
final class SqliteErrors {
    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int NOMEM = 7;
    static final int READONLY = 8;
    static final int IOERR = 10;
    static final int CORRUPT = 11;
    static final int FULL = 13;
    static final int CANTOPEN = 14;
    static final int TOOBIG = 18;
    static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /** What kind of failure any throwable met while working on the workspace is. */
    static WorkspaceException.Kind kind(Throwable e) {
        if (e instanceof SQLException se) {
            return kind(se);
        }
        if (e instanceof ArithmeticException) {
            return WorkspaceException.Kind.TOO_LARGE;
        }
        if (e instanceof WorkspaceException we) {
            return we.kind();
        }
        return e instanceof java.io.IOException ? WorkspaceException.Kind.IO_ERROR : WorkspaceException.Kind.OTHER;
    }

    /** What kind of failure this is, for a message in the user's language. */
    static WorkspaceException.Kind kind(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String raw = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (code == BUSY || code == LOCKED || raw.contains("database is locked")) {
            return WorkspaceException.Kind.BUSY;
        }
        if (code == FULL || raw.contains("database or disk is full")) {
            return WorkspaceException.Kind.DISK_FULL;
        }
        return switch (code) {
            case READONLY -> WorkspaceException.Kind.READ_ONLY;
            case CORRUPT -> WorkspaceException.Kind.DAMAGED;
            case NOTADB -> WorkspaceException.Kind.NOT_A_WORKSPACE;
            case CANTOPEN -> WorkspaceException.Kind.CANNOT_OPEN;
            case IOERR -> WorkspaceException.Kind.IO_ERROR;
            case TOOBIG -> WorkspaceException.Kind.TOO_LARGE;
            default -> raw.contains("integer overflow") ? WorkspaceException.Kind.TOO_LARGE : WorkspaceException.Kind.OTHER;
        };
    }

    /** Any failure while working on the workspace, as a sentence: SQLite's in words, an overflow as such. */
    static String describe(Throwable e) {
        if (e instanceof SQLException se) {
            return describe(se, null);
        }
        if (e instanceof ArithmeticException) {
            return "a total is too large to be stored (it exceeds 92 quadrillion minor units)";
        }
        if (e instanceof WorkspaceException) {
            return e.getMessage();
        }
        if (e instanceof java.io.IOException) {
            return "the disk could not read or write the workspace (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? "an unexpected problem" : e.getMessage();
    }

    /** The failure as a sentence about {@code file}; {@code null} file = "the workspace". */
    static String describe(SQLException e, Path file) {
        String name = file == null ? "the workspace" : "the workspace " + file;
        int code = e.getErrorCode() & 0xFF;
        String raw = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (code == BUSY || code == LOCKED || raw.contains("database is locked")) {
            return "another import or program is using " + name + " right now; try again when it has finished";
        }
        if (code == FULL || raw.contains("database or disk is full")) {
            return "the disk holding " + name + " is full; free some space and try again";
        }
        if (code == READONLY) {
            return name + " is read-only; make the file (and its folder) writable, or open a copy";
        }
        if (code == CORRUPT) {
            return name + " is damaged; open a backup copy (<name>.backup-v…sqlite) or a copy saved earlier";
        }
        if (code == NOTADB) {
            return "the file " + (file == null ? "" : file + " ") + "is not a FunnelLab workspace (not an SQLite database)";
        }
        if (code == CANTOPEN) {
            return name + " cannot be opened; check that its folder exists and that you may read and write there";
        }
        if (code == IOERR) {
            return "the disk could not read or write " + name + "; check the drive and try again";
        }
        if (code == NOMEM) {
            return "there was not enough memory to work on " + name;
        }
        if (code == TOOBIG) {
            return "a value is too large to be stored in " + name;
        }
        if (raw.contains("integer overflow")) {
            return "a total is too large to be stored in " + name + " (it exceeds 92 quadrillion minor units)";
        }
        String text = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\[SQLITE_[A-Z_]+]\\s*", "");
        return "a database error on " + name + (text.isBlank() ? "" : " (" + text.strip() + ")");
    }
}
