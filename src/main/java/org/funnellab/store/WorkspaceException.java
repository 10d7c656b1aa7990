package org.funnellab.store;

/** A workspace file cannot be opened, migrated, read or written; the message is meant for the user. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
