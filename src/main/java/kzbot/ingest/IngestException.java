package kzbot.ingest;

/** An ingest that must stop: a bad file (data) or a file that cannot be read (I/O). */
public final class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which kind of failure, so the command line can pick its exit code. */
    public enum Reason { NO_INPUT, BAD_DATA, IO }

    private final Reason reason;

    public IngestException(Reason reason, String message) {
        this(reason, message, null);
    }

    public IngestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** An I/O failure in words, without the exception's class name. */
    public static String describe(java.io.IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public Reason reason() {
        return reason;
    }
}
