package io.mesosfailover.ingest;

import io.mesosfailover.source.TimeOrderedMerge;
import io.mesosfailover.topics.ClusterPartitioner;
import io.mesosfailover.topics.LineHeaders;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends log files to {@link Topics#LINES}: consecutive whole entries of one file in one record (up to
 * {@link #MAX_PACK_CHARS}), keyed by {@code cluster/host} and partitioned by cluster ({@link ClusterPartitioner}),
 * with the source in the headers (the number of the record's first line, its year, the file offset after it). Each batch of entries and the new position in each file are written in one Kafka transaction, so a
 * restart resumes exactly after what was sent: nothing lost, nothing sent twice (for consumers reading committed
 * records). Files rotated while it was down are read to their end first, when they are still beside the path.
 */
public final class Ingestor implements AutoCloseable {

    /** The largest text of one record: consecutive entries of a file travel together, up to this size. */
    static final int MAX_PACK_CHARS = 256 * 1024;
    /** How far apart in time the files of several masters may be sent by {@code --archive}. */
    static final Duration MERGE_SKEW = Duration.ofMillis(200);
    /** Entries sent at most in one transaction when merging archives. */
    static final int ENTRIES_PER_TRANSACTION = 50_000;

    private final IngestSettings settings;
    private final Consumer<String> warnings;
    private final KafkaProducer<String, String> producer;
    private final List<Source> sources = new ArrayList<>();
    /** The next entry of each file with one to send, by time (ties by the file's place in the list). */
    private final TimeOrderedMerge<Source> heads = new TimeOrderedMerge<>();
    private long entriesSent;
    private long transactions;
    private long recordsSent;

    /** Connects, reads the saved positions and opens the files; warnings go to standard error. */
    public Ingestor(IngestSettings settings) {
        this(settings, warning -> System.err.println("ingest: " + warning));
    }

    /**
     * Connects, reads the saved positions and opens the files.
     *
     * @param warnings told about what was read but could not be sent whole (a line cut at the cap)
     */
    public Ingestor(IngestSettings settings, Consumer<String> warnings) {
        this.settings = settings;
        this.warnings = warnings;
        TopicSetup.ensure(settings.kafka());
        Map<String, SavedPosition> saved = loadPositions();
        this.producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        for (Path file : settings.files()) {
            addSources(file.toAbsolutePath().normalize(), saved.get(positionKey(file.toAbsolutePath().normalize())));
        }
    }

    /**
     * Sends until asked to stop, or, for archives, until every file is sent.
     *
     * @param stop tells when to stop (checked between transactions)
     * @return the entries sent
     */
    public long run(BooleanSupplier stop) {
        if (settings.archive()) {
            return runMerged(stop);
        }
        long quietNanos = settings.quiet().toNanos();
        while (!stop.getAsBoolean()) {
            boolean read = inTransaction(() -> {
                boolean any = false;
                for (Source source : sources) {
                    any |= source.fill(quietNanos);
                }
                long bound = Long.MAX_VALUE;
                for (Source source : sources) {
                    if (source.hasMore()) {
                        bound = Math.min(bound, source.lastBufferedMicros());
                    }
                }
                while (mergeTurn(bound, false)) {
                    continue;
                }
                return any;
            });
            if (!read) {
                sleep(settings.pollInterval());
            }
        }
        return entriesSent;
    }

    /** What one transaction sends; says whether there was (or is) more to send. */
    private interface TransactionBody {
        boolean send() throws IOException;
    }

    /** Runs {@code body} and saves the positions in one transaction; aborts it on any failure. */
    private boolean inTransaction(TransactionBody body) {
        producer.beginTransaction();
        try {
            boolean more = body.send();
            for (Source source : sources) {
                source.savePosition();
            }
            producer.commitTransaction();
            transactions++;
            for (Source source : sources) {
                source.follower.takeProblems().forEach(warnings);
            }
            return more;
        } catch (IOException e) {
            abortQuietly();
            throw new UncheckedIOException(e);
        } catch (KafkaException e) {
            abortQuietly();
            throw e;
        }
    }

    /**
     * Sends archived files of several masters merged by time, as the masters wrote them: the stream then sees the
     * masters interleaved within {@link #MERGE_SKEW}, well inside its lateness, and gives the answers of
     * {@code analyze}. Each turn sends, from the file whose next entry is oldest, the entries up to the next entry of
     * any other file plus the skew.
     */
    private long runMerged(BooleanSupplier stop) {
        boolean more = true;
        while (more && !stop.getAsBoolean()) {
            more = inTransaction(() -> {
                long sentBefore = entriesSent;
                boolean left = true;
                while (left && entriesSent - sentBefore < ENTRIES_PER_TRANSACTION) {
                    left = mergeTurn(Long.MAX_VALUE, true);
                }
                return left;
            });
        }
        return entriesSent;
    }

    /**
     * Sends, from the file whose next entry is oldest, its entries up to the next entry of any other file plus
     * {@link #MERGE_SKEW}, and never past {@code bound}.
     *
     * @param bound entries after this time (microseconds) wait: a file with more to read may still hold older ones
     * @param refill whether to read on in a file whose read entries are all sent (archives)
     * @return whether entries were sent
     */
    private boolean mergeTurn(long bound, boolean refill) throws IOException {
        heads.clear();
        for (int i = 0; i < sources.size(); i++) {
            long head = sources.get(i).headMicros(refill);
            if (head != Long.MAX_VALUE) {
                heads.add(sources.get(i), instantOf(head), i);
            }
        }
        Instant oldestTime = heads.oldestTime();
        if (oldestTime == null || oldestTime.isAfter(instantOf(bound))) {
            return false;
        }
        Source oldest = heads.poll();
        Instant nextOther = heads.oldestTime();
        long skewed = nextOther == null ? Long.MAX_VALUE : microsOf(nextOther.plus(MERGE_SKEW));
        oldest.sendUpTo(Math.min(bound, skewed), refill);
        return true;
    }

    /** @return microseconds since 1970 as an instant; {@link Long#MIN_VALUE} (no time) is the earliest of all */
    private static Instant instantOf(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static long microsOf(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /**
     * Runs ingestors until asked to stop (or, for archives, until every file is sent), starting a new one from the
     * saved positions whenever Kafka fails (a broker restart, a fenced transaction): what the failed one had not
     * committed is read again, nothing is lost or sent twice.
     *
     * @param log told about each failure, and each warning
     * @return the entries sent
     */
    public static long runUntilStopped(IngestSettings settings, BooleanSupplier stop, Consumer<String> log) {
        long sent = 0;
        while (!stop.getAsBoolean()) {
            try (Ingestor ingestor = new Ingestor(settings, log)) {
                sent += ingestor.run(stop);
                return sent;
            } catch (KafkaException e) {
                if (stop.getAsBoolean()) {
                    break;
                }
                log.accept("Kafka failed (" + e.getMessage() + "); resuming from the saved positions in 2 s");
                sleep(Duration.ofSeconds(2));
            }
        }
        return sent;
    }

    /** @return the entries sent so far */
    public long entriesSent() {
        return entriesSent;
    }

    /** @return the records sent so far (each holds consecutive entries of one file) */
    public long recordsSent() {
        return recordsSent;
    }

    /** @return the transactions committed so far */
    public long transactions() {
        return transactions;
    }

    @Override
    public void close() {
        for (Source source : sources) {
            try {
                source.follower.close();
            } catch (IOException e) {
                // closing a read-only file cannot lose anything
            }
        }
        // every transaction is committed or aborted by now: closing only releases the connections, and a stopping
        // process must not wait long for a broker that went away
        producer.close(Duration.ofSeconds(Thread.currentThread().isInterrupted() ? 0 : 5));
    }

    private void addSources(Path path, SavedPosition saved) {
        int year = settings.year() > 0 ? settings.year() : Year.now(ZoneOffset.UTC).getValue();
        String current = FileFollower.fileKeyOf(path);
        if (saved != null && (current == null || saved.fileKey() == null || saved.fileKey().equals(current))) {
            sources.add(new Source(path, new FileFollower(path, saved.fileKey(), saved.position(),
                    settings.defaultHost()), false));
            return;
        }
        if (saved != null) {
            Path rotated = findByKey(path, saved.fileKey());
            Source before = null;
            if (rotated != null) {
                before = new Source(path, new FileFollower(rotated, saved.fileKey(), saved.position(),
                        settings.defaultHost()), true);
                sources.add(before);
            }
            Source after = new Source(path, new FileFollower(path, null, ReadPosition.start(year),
                    settings.defaultHost()), false);
            after.predecessor = before;
            sources.add(after);
            return;
        }
        ReadPosition start = settings.fromBeginning() || settings.archive() || current == null
                ? ReadPosition.start(year) : endOf(path, year);
        sources.add(new Source(path, new FileFollower(path, null, start, settings.defaultHost()), false));
    }

    /** The position after the last complete entry of a file, with its line number, year and host. */
    private ReadPosition endOf(Path path, int year) {
        try (FileFollower scan = new FileFollower(path, null, ReadPosition.start(year), settings.defaultHost())) {
            while (scan.poll(Long.MAX_VALUE, entry -> { })) {
                continue;
            }
            return scan.resumePosition();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Path findByKey(Path path, String fileKey) {
        Path folder = path.getParent();
        if (folder == null || fileKey == null) {
            return null;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder)) {
            for (Path sibling : siblings) {
                if (!sibling.equals(path) && fileKey.equals(FileFollower.fileKeyOf(sibling))) {
                    return sibling;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private Map<String, SavedPosition> loadPositions() {
        Properties config = new Properties();
        config.putAll(settings.kafka());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, SavedPosition> positions = new HashMap<>();
        String prefix = settings.ingestId() + "|";
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.INGEST_POSITIONS, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && record.key().startsWith(prefix)) {
                        if (record.value() == null) {
                            positions.remove(record.key());
                        } else {
                            positions.put(record.key(), SavedPosition.fromJson(record.value()));
                        }
                    }
                }
            }
        }
        return positions;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(settings.kafka());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "mesos-failover-ingest-" + settings.ingestId());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, ClusterPartitioner.class.getName());
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        // log lines shrink several times; less for the broker to write and serve, and less CPU on the whole
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(4 * 1024 * 1024));
        return config;
    }

    /** An entry read and not sent yet, with the identity of the file it was read from. */
    private record Buffered(LogEntry entry, String fileKey, long micros) {
    }

    private String positionKey(Path path) {
        return settings.ingestId() + "|" + path;
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            // the producer is unusable; the caller sees the first error
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One file followed: its path as the masters name it, and the follower reading it. */
    private final class Source {

        private final Path path;
        private final FileFollower follower;
        private final boolean drainOnly;
        private String lastSaved;
        private boolean done;
        /** The rotated file of the same path, read to its end before this one. */
        private Source predecessor;
        private final java.util.ArrayDeque<Buffered> lookahead = new java.util.ArrayDeque<>();
        private String sentFileKey;
        private long lastMicros = Long.MIN_VALUE;
        private ReadPosition sentUpTo;
        private final StringBuilder pack = new StringBuilder();
        private String packHost;
        private long packFirstLine;
        private int packYear;
        private long packEnd;
        private int packEntries;

        Source(Path path, FileFollower follower, boolean drainOnly) {
            this.path = path;
            this.follower = follower;
            this.drainOnly = drainOnly;
            this.sentUpTo = follower.resumePosition();
            this.sentFileKey = follower.fileKey();
        }

        /** Reads what is new into the look-ahead (live files); @return whether anything was read */
        boolean fill(long quietNanos) throws IOException {
            if (done || predecessor != null && !predecessor.finished()) {
                return false;
            }
            int before = lookahead.size();
            if (drainOnly) {
                done = follower.readToEnd(this::buffer);
                return lookahead.size() > before || !done;
            }
            return follower.poll(quietNanos, this::buffer) || lookahead.size() > before;
        }

        /** @return whether the file has bytes not read yet */
        boolean hasMore() throws IOException {
            return !done && (predecessor == null || predecessor.finished()) && follower.hasMore();
        }

        /** @return whether everything of this file is read and sent */
        boolean finished() {
            return done && lookahead.isEmpty();
        }

        /** @return the time of the newest entry read, or of the last sent when none waits */
        long lastBufferedMicros() {
            long micros = lookahead.isEmpty() ? Long.MIN_VALUE : lookahead.peekLast().micros;
            return micros == Long.MIN_VALUE ? lastMicros : micros;
        }

        private void buffer(LogEntry entry) {
            lookahead.add(new Buffered(entry, follower.fileKey(), entry.micros()));
        }

        /**
         * @param refill whether to read on when all read entries are sent (archives)
         * @return the time of the next entry to send (an entry without a time takes the one before), or MAX
         */
        long headMicros(boolean refill) throws IOException {
            if (predecessor != null && !predecessor.finished()) {
                return Long.MAX_VALUE;
            }
            while (refill && lookahead.isEmpty() && !done) {
                done = follower.readToEnd(this::buffer);
            }
            if (lookahead.isEmpty()) {
                return Long.MAX_VALUE;
            }
            long micros = lookahead.peek().micros;
            return micros == Long.MIN_VALUE ? lastMicros : micros;
        }

        /** Sends the entries due by {@code bound} (microseconds), at least one. */
        void sendUpTo(long bound, boolean refill) throws IOException {
            do {
                Buffered next = lookahead.poll();
                long micros = next.micros;
                if (micros != Long.MIN_VALUE) {
                    lastMicros = micros;
                }
                sentFileKey = next.fileKey;
                add(next.entry);
            } while (pack.length() < MAX_PACK_CHARS && nextDue(bound, refill));
            sendPack();
        }

        private boolean nextDue(long bound, boolean refill) throws IOException {
            long head = headMicros(refill);
            return head != Long.MAX_VALUE && head <= bound;
        }

        /** Adds an entry to the pack of entries sent in one record; a pack holds entries of one host only. */
        void add(LogEntry entry) {
            sentUpTo = entry.after();
            if (pack.length() > 0 && (!entry.host().equals(packHost)
                    || pack.length() + entry.text().length() > MAX_PACK_CHARS)) {
                sendPack();
            }
            if (pack.length() == 0) {
                packHost = entry.host();
                packFirstLine = entry.firstLine();
                packYear = entry.year();
            } else {
                pack.append('\n');
            }
            pack.append(entry.text());
            packEnd = entry.endOffset();
            packEntries++;
        }

        /** Sends the entries added since the last call as one record: consecutive lines of one file. */
        void sendPack() {
            if (pack.length() == 0) {
                return;
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.LINES,
                    null, LineHeaders.keyOf(settings.cluster(), packHost),
                    pack.toString());
            new LineHeaders(settings.cluster(), packHost, path.toString(), packFirstLine, packYear, packEnd)
                    .writeTo(record.headers());
            producer.send(record);
            recordsSent++;
            entriesSent += packEntries;
            pack.setLength(0);
            packEntries = 0;
        }

        void savePosition() {
            if (drainOnly && finished() || sentFileKey == null && follower.fileKey() == null) {
                return;
            }
            String key = sentFileKey != null ? sentFileKey : follower.fileKey();
            String json = new SavedPosition(path.toString(), key, sentUpTo).toJson();
            if (!json.equals(lastSaved)) {
                producer.send(new ProducerRecord<>(Topics.INGEST_POSITIONS, positionKey(path), json));
                lastSaved = json;
            }
        }
    }
}
