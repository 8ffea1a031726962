package io.mesosfailover.ingest;

import io.mesosfailover.topics.LineHeaders;
import io.mesosfailover.topics.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Consecutive entries of one file gathered into one record of {@link Topics#LINES}: up to {@link #MAX_CHARS} of
 * text, one host, keyed by {@code cluster/host}, with the number of its first line, its year and the file offset
 * after it in the headers.
 */
final class LinePack {

    /** The largest text of one record. */
    static final int MAX_CHARS = 256 * 1024;

    private final String cluster;
    private final String path;
    private final IngestProducer producer;
    private final StringBuilder text = new StringBuilder();
    private String host;
    private long firstLine;
    private int year;
    private long endOffset;
    private int entries;
    private long entriesSent;
    private long recordsSent;

    /**
     * @param cluster the cluster of the masters
     * @param path the path of the file, as the masters name it
     * @param producer where the records go
     */
    LinePack(String cluster, String path, IngestProducer producer) {
        this.cluster = cluster;
        this.path = path;
        this.producer = producer;
    }

    /** Adds an entry; the entries gathered so far are sent first when it is of another host or would not fit. */
    void add(LogEntry entry) {
        if (text.length() > 0 && (!entry.host().equals(host) || text.length() + entry.text().length() > MAX_CHARS)) {
            send();
        }
        if (text.length() == 0) {
            host = entry.host();
            firstLine = entry.firstLine();
            year = entry.year();
        } else {
            text.append('\n');
        }
        text.append(entry.text());
        endOffset = entry.endOffset();
        entries++;
    }

    /** @return whether the pack holds as much as one record may */
    boolean isFull() {
        return text.length() >= MAX_CHARS;
    }

    /** Sends the entries gathered since the last call as one record, if any. */
    void send() {
        if (text.length() == 0) {
            return;
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.LINES.name(), null,
                LineHeaders.keyOf(cluster, host), text.toString());
        new LineHeaders(cluster, host, path, firstLine, year, endOffset).writeTo(record.headers());
        producer.send(record);
        recordsSent++;
        entriesSent += entries;
        text.setLength(0);
        entries = 0;
    }

    /** @return the entries sent so far */
    long entriesSent() {
        return entriesSent;
    }

    /** @return the records sent so far */
    long recordsSent() {
        return recordsSent;
    }
}
