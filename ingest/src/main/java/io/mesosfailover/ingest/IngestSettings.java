package io.mesosfailover.ingest;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.topics.LineHeaders;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * What {@code ingest} is asked to do.
 *
 * @param files the files to follow (or to send, for archives)
 * @param cluster the cluster the masters belong to
 * @param defaultHost the master host for files whose header names none
 * @param ingestId the identity of this ingest process: its transactional id and the key of its positions
 * @param fromBeginning read files without a saved position from their first line, not from their end
 * @param archive send the files to their end and stop, instead of following them
 * @param year the year of files without a {@code Log file created at:} header, 0 for the current year
 * @param pollInterval how often files are checked for new lines
 * @param quiet how long a file must be quiet before its last entry is sent
 * @param kafka producer and consumer settings (bootstrap servers, TLS, SASL, ...)
 */
public record IngestSettings(List<Path> files, String cluster, String defaultHost, String ingestId,
        boolean fromBeginning, boolean archive, int year, Duration pollInterval, Duration quiet, Properties kafka) {

    /** Checks and copies. */
    public IngestSettings {
        files = List.copyOf(files);
        requireNonNull(cluster, "cluster is null");
        requireNonNull(defaultHost, "defaultHost is null");
        requireNonNull(ingestId, "ingestId is null");
        requireNonNull(pollInterval, "pollInterval is null");
        requireNonNull(quiet, "quiet is null");
        requireNonNull(kafka, "kafka is null");
        if (cluster.isBlank()) {
            throw new IllegalArgumentException("the cluster name is blank");
        }
        LineHeaders.requireName("cluster", cluster);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to ingest");
        }
    }
}
