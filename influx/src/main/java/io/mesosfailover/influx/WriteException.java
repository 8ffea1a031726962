package io.mesosfailover.influx;

/** A write the database did not take; {@link #retryable} when trying again later can help. */
final class WriteException extends Exception {

    private final boolean retryable;

    WriteException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }

    /** @return whether an HTTP status means the same request may succeed later */
    static boolean retryable(int status) {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
}
