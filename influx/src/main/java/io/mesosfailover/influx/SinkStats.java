package io.mesosfailover.influx;

/**
 * What a {@link MetricsSink} did with the points it was given.
 *
 * @param accepted points given to {@link MetricsSink#write}
 * @param written points the database acknowledged
 * @param retried write requests that failed and were tried again
 * @param dropped points given up: the oldest when the buffer was full, batches the database rejected, points still
 *     waiting when the sink was closed
 * @param pending points waiting or in flight
 * @param lastError the last write error, {@code null} when none
 */
public record SinkStats(long accepted, long written, long retried, long dropped, long pending, String lastError) {

    /** @return one line for people: {@code 57 points written, 0 retried, 0 dropped} */
    public String summary() {
        return written + " points written, " + retried + " retries, " + dropped + " dropped"
                + (pending == 0 ? "" : ", " + pending + " pending") + (lastError == null ? "" : " (last error: "
                + lastError + ")");
    }
}
