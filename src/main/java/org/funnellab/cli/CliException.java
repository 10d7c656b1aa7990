package org.funnellab.cli;

/** A failure the command line reports as one line on stderr with its exit code (see {@link ExitCodes}). */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    static CliException data(String message) {
        return new CliException(ExitCodes.DATA, message);
    }

    int exitCode() {
        return exitCode;
    }
}
