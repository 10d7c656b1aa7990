package org.funnellab.cli;

/** Exit codes of the command line: 0 done, 1 the data could not be read or stored, 2 the command was wrong. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unreadable or malformed file, a workspace that cannot be opened: nothing was written. */
    public static final int DATA = 1;
    /** A wrong option or argument (unknown preset, bad month, missing file): nothing was written. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
