package io.mesosfailover.ingest;

import io.mesosfailover.source.TimeOrderedMerge;
import io.mesosfailover.topics.ClusterPartitioner;
import io.mesosfailover.topics.SavedPosition;
import io.mesosfailover.topics.Topics;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.common.KafkaException;

/**
 * Sends log files to {@link Topics#LINES}: consecutive whole entries of one file in one record ({@link LinePack}),
 * keyed by {@code cluster/host} and partitioned by cluster ({@link ClusterPartitioner}). Each batch of entries and
 * the new position in each file ({@link SavedPositions}) are written in one Kafka transaction
 * ({@link IngestProducer}), so a restart resumes exactly after what was sent: nothing lost, nothing sent twice (for
 * consumers reading committed records). Files rotated while it was down are read to their end first, when they are
 * still beside the path ({@link FollowedFiles}). The files of several masters are sent merged by time.
 */
public final class Ingestor implements AutoCloseable {

    /** How far apart in time the files of several masters may be sent. */
    static final Duration MERGE_SKEW = Duration.ofMillis(200);
    /** Entries sent at most in one transaction when merging archives. */
    static final int ENTRIES_PER_TRANSACTION = 50_000;

    private final IngestSettings settings;
    private final Consumer<String> warnings;
    private final IngestProducer producer;
    private final SavedPositions positions;
    private final List<FollowedFile> files;
    /** The next entry of each file with one to send, by time (ties by the file's place in the list). */
    private final TimeOrderedMerge<FollowedFile> heads = new TimeOrderedMerge<>();

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
        Map<String, SavedPosition> saved = SavedPositions.load(settings);
        this.producer = new IngestProducer(settings);
        this.positions = new SavedPositions(settings.ingestId(), producer);
        this.files = FollowedFiles.open(settings, saved,
                path -> new LinePack(settings.cluster(), path.toString(), producer));
    }

    /**
     * Sends until asked to stop, or, for archives, until every file is sent.
     *
     * @param stop tells when to stop (checked between transactions)
     * @return the entries sent
     */
    public long run(BooleanSupplier stop) {
        if (settings.archive()) {
            return runArchives(stop);
        }
        long quietNanos = settings.quiet().toNanos();
        while (!stop.getAsBoolean()) {
            boolean read = inTransaction(() -> {
                boolean any = false;
                for (FollowedFile file : files) {
                    any |= file.fill(quietNanos);
                }
                Instant bound = Instant.MAX;
                for (FollowedFile file : files) {
                    if (file.hasMore() && file.lastBufferedTime().isBefore(bound)) {
                        bound = file.lastBufferedTime();
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
        return entriesSent();
    }

    /**
     * Sends archived files of several masters merged by time, as the masters wrote them: the stream then sees the
     * masters interleaved within {@link #MERGE_SKEW}, well inside its lateness, and gives the answers of
     * {@code analyze}.
     */
    private long runArchives(BooleanSupplier stop) {
        boolean more = true;
        while (more && !stop.getAsBoolean()) {
            more = inTransaction(() -> {
                long sentBefore = entriesSent();
                boolean left = true;
                while (left && entriesSent() - sentBefore < ENTRIES_PER_TRANSACTION) {
                    left = mergeTurn(Instant.MAX, true);
                }
                return left;
            });
        }
        return entriesSent();
    }

    /** Runs {@code body} and saves the positions in one transaction; then passes on the followers' problems. */
    private boolean inTransaction(IngestProducer.TransactionBody body) {
        boolean more = producer.inTransaction(() -> {
            boolean sent = body.send();
            for (FollowedFile file : files) {
                file.savePosition(positions);
            }
            return sent;
        });
        for (FollowedFile file : files) {
            file.follower().takeProblems().forEach(warnings);
        }
        return more;
    }

    /**
     * Sends, from the file whose next entry is oldest, its entries up to the next entry of any other file plus
     * {@link #MERGE_SKEW}, and never past {@code bound}.
     *
     * @param bound entries after this time wait: a file with more to read may still hold older ones
     * @param refill whether to read on in a file whose read entries are all sent (archives)
     * @return whether entries were sent
     */
    private boolean mergeTurn(Instant bound, boolean refill) throws IOException {
        heads.clear();
        for (int i = 0; i < files.size(); i++) {
            Instant head = files.get(i).headTime(refill);
            if (head != null) {
                heads.add(files.get(i), head, i);
            }
        }
        Instant oldestTime = heads.oldestTime();
        if (oldestTime == null || oldestTime.isAfter(bound)) {
            return false;
        }
        FollowedFile oldest = heads.poll();
        Instant nextOther = heads.oldestTime();
        Instant skewed = nextOther == null ? Instant.MAX : nextOther.plus(MERGE_SKEW);
        oldest.sendUpTo(skewed.isBefore(bound) ? skewed : bound, refill);
        return true;
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
        long sent = 0;
        for (FollowedFile file : files) {
            sent += file.pack().entriesSent();
        }
        return sent;
    }

    /** @return the records sent so far (each holds consecutive entries of one file) */
    public long recordsSent() {
        long sent = 0;
        for (FollowedFile file : files) {
            sent += file.pack().recordsSent();
        }
        return sent;
    }

    /** @return the transactions committed so far */
    public long transactions() {
        return producer.transactions();
    }

    @Override
    public void close() {
        for (FollowedFile file : files) {
            try {
                file.follower().close();
            } catch (IOException e) {
                // closing a read-only file cannot lose anything
            }
        }
        producer.close();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
