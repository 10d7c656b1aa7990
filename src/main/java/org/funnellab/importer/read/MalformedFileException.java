package org.funnellab.importer.read;

/** The file cannot be read past {@code line}; nothing from it should be written. */
public class MalformedFileException extends RuntimeException {
    private final long line;

    public MalformedFileException(long line, String message, Throwable cause) {
        super("line " + line + ": " + message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
