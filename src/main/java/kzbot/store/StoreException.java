package kzbot.store;

/** The database could not be opened, read or written; {@code reason} says which way it failed. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the store failed, so that the edges can choose an exit code or a status. */
    public enum Reason { MISSING, CORRUPT, IO }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
