package io.mesosfailover.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The position of {@code ingest} in one file, as kept on the positions topic. Its JSON is flat, every property
 * written ({@code null} too): {@code {"path":"/var/log/mesos/mesos-master.INFO","fileKey":"...","offset":1024,
 * "nextLine":12,"year":2021,"month":3,"host":null}}.
 *
 * @param path the path followed
 * @param fileKey the identity of the file the position is in
 * @param position where to resume
 */
@JsonPropertyOrder({"path", "fileKey", "offset", "nextLine", "year", "month", "host"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SavedPosition(String path, String fileKey, @JsonIgnore ReadPosition position) {

    /**
     * @return the position read from its JSON; {@code nextLine} is 1, {@code year} and {@code month} are 0 when
     *     left out
     * @throws IllegalArgumentException when the path or the offset is missing
     */
    @JsonCreator
    static SavedPosition of(@JsonProperty("path") String path, @JsonProperty("fileKey") String fileKey,
            @JsonProperty("offset") Long offset, @JsonProperty("nextLine") Long nextLine,
            @JsonProperty("year") Integer year, @JsonProperty("month") Integer month,
            @JsonProperty("host") String host) {
        if (path == null || offset == null) {
            throw new IllegalArgumentException("not a saved position: it needs a path and an offset");
        }
        return new SavedPosition(path, fileKey, new ReadPosition(offset, nextLine == null ? 1 : nextLine,
                year == null ? 0 : year, month == null ? 0 : month, host));
    }

    /** @return where to resume, in bytes */
    @JsonProperty
    long offset() {
        return position.offset();
    }

    /** @return the number of the line at the offset */
    @JsonProperty
    long nextLine() {
        return position.nextLine();
    }

    /** @return the year of the lines at the offset */
    @JsonProperty
    int year() {
        return position.year();
    }

    /** @return the month of the last glog line before the offset */
    @JsonProperty
    int month() {
        return position.month();
    }

    /** @return the master host named by the header */
    @JsonProperty
    String host() {
        return position.host();
    }
}
