package kzbot.nlu;

/** The models are missing, corrupt, or cannot be trained from the data. */
public final class NluException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Missing input (exit 66) or bad data (exit 65) or I/O (exit 74). */
    public enum Reason { MISSING, CORRUPT, IO }

    private final Reason reason;

    public NluException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
