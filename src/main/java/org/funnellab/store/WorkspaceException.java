package org.funnellab.store;

import java.nio.file.Path;

/**
 * A workspace file cannot be opened, migrated, read or written; the message is meant for the user. {@link #kind()}
 * says what went wrong in a way the window can put in the user's language; {@link #file()} is the file concerned,
 * when known.
 */
public class WorkspaceException extends RuntimeException {
    /** What went wrong, for a message in the user's language. */
    public enum Kind {
        /** Nothing more specific: the English message is all there is. */
        OTHER,
        /** The file is not an SQLite database, or another program's database. */
        NOT_A_WORKSPACE,
        /** Saved by a newer FunnelLab. */
        NEWER_VERSION,
        /** Another import or program holds the file. */
        BUSY,
        DISK_FULL,
        READ_ONLY,
        /** The file is damaged (SQLite found it corrupt). */
        DAMAGED,
        /** The file or its folder cannot be opened or created. */
        CANNOT_OPEN,
        /** The disk could not read or write. */
        IO_ERROR,
        /** An older workspace could not be upgraded; it was left as it was. */
        UPGRADE_FAILED,
        /** A total or value is beyond what can be stored. */
        TOO_LARGE
    }

    private final Kind kind;
    private final transient Path file;

    public WorkspaceException(String message) {
        this(Kind.OTHER, null, message, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        this(Kind.OTHER, null, message, cause);
    }

    public WorkspaceException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind == null ? Kind.OTHER : kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }
}
