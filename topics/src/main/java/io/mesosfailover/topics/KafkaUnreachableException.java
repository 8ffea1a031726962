package io.mesosfailover.topics;

/** No Kafka broker answered the first contact in time: the commands say so once and exit with code 1. */
public final class KafkaUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what was tried, worded for the user */
    public KafkaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
