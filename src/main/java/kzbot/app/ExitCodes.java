package kzbot.app;

/** Exit codes after BSD sysexits, which scripts around kzbot can rely on. */
final class ExitCodes {
    static final int OK = 0;
    static final int USAGE = 64;
    static final int DATA = 65;
    static final int NO_INPUT = 66;
    static final int INTERNAL = 70;
    static final int IO = 74;

    private ExitCodes() {
    }
}
