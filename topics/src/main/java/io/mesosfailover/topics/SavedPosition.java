package io.mesosfailover.topics;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The position of {@code ingest} in one file, a value of {@code mesos.ingest.positions}. Its JSON is flat, every
 * property written ({@code null} too): {@code {"path":"/var/log/mesos/mesos-master.INFO","fileKey":"...",
 * "offset":1024,"nextLine":12,"year":2021,"month":3,"host":null}}.
 *
 * @param path the path followed
 * @param fileKey the identity of the file the position is in, {@code null} when not known
 * @param offset where to resume, in bytes
 * @param nextLine the number of the line at the offset
 * @param year the year of the lines at the offset, 0 when not known yet
 * @param month the month of the last glog line before the offset (1-12), 0 when none
 * @param host the master host named by the file's header, {@code null} when none
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SavedPosition(String path, String fileKey, long offset, long nextLine, int year, int month,
        String host) {

    /** Checks the components. */
    public SavedPosition {
        requireNonNull(path, "path is null");
    }

    /**
     * @return the position read from its JSON; {@code nextLine} is 1, {@code year} and {@code month} are 0 when
     *     left out
     * @throws IllegalArgumentException when the path or the offset is missing
     */
    @JsonCreator
    static SavedPosition read(@JsonProperty("path") String path, @JsonProperty("fileKey") String fileKey,
            @JsonProperty("offset") Long offset, @JsonProperty("nextLine") Long nextLine,
            @JsonProperty("year") Integer year, @JsonProperty("month") Integer month,
            @JsonProperty("host") String host) {
        if (path == null || offset == null) {
            throw new IllegalArgumentException("not a saved position: it needs a path and an offset");
        }
        return new SavedPosition(path, fileKey, offset, nextLine == null ? 1 : nextLine, year == null ? 0 : year,
                month == null ? 0 : month, host);
    }
}
