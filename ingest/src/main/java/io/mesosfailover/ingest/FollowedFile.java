package io.mesosfailover.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;

/**
 * One file followed: its path as the masters name it, the follower reading it, the entries read and not sent yet
 * (in the order they are to be sent), and where sending reached. A file rotated away while {@code ingest} was down
 * is drained to its end before the file now at its path ({@link #predecessor}).
 */
final class FollowedFile {

    private final Path path;
    private final FileFollower follower;
    private final boolean drainOnly;
    private final FollowedFile predecessor;
    private final LinePack pack;
    private final ArrayDeque<Buffered> lookahead = new ArrayDeque<>();
    private boolean done;
    private String sentFileKey;
    /** The time of the last entry sent that had one, {@code null} before any. */
    private Instant lastTime;
    private ReadPosition sentUpTo;

    /**
     * @param path the path as the masters name it (a rotated file is read from its new name)
     * @param follower what reads the file
     * @param drainOnly whether the file was rotated away: it is read to its end, then done
     * @param predecessor the rotated file of the same path to finish first, {@code null} when none
     * @param pack where its entries are gathered into records
     */
    FollowedFile(Path path, FileFollower follower, boolean drainOnly, FollowedFile predecessor, LinePack pack) {
        this.path = path;
        this.follower = follower;
        this.drainOnly = drainOnly;
        this.predecessor = predecessor;
        this.pack = pack;
        this.sentUpTo = follower.resumePosition();
        this.sentFileKey = follower.fileKey();
    }

    /** Reads what is new into the look-ahead (live files); @return whether anything was read */
    boolean fill(long quietNanos) throws IOException {
        if (done || waitsForPredecessor()) {
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
        return !done && !waitsForPredecessor() && follower.hasMore();
    }

    /** @return the time of the newest entry read, or of the last sent when none waits; the earliest time before any */
    Instant lastBufferedTime() {
        Instant time = lookahead.isEmpty() ? null : lookahead.peekLast().time;
        return time != null ? time : lastTime != null ? lastTime : Instant.MIN;
    }

    /**
     * @param refill whether to read on when all read entries are sent (archives)
     * @return the time of the next entry to send (an entry without a time takes the one before; before any, the
     *     earliest time), {@code null} when none is to be sent
     */
    Instant headTime(boolean refill) throws IOException {
        if (waitsForPredecessor()) {
            return null;
        }
        while (refill && lookahead.isEmpty() && !done) {
            done = follower.readToEnd(this::buffer);
        }
        if (lookahead.isEmpty()) {
            return null;
        }
        Instant time = lookahead.peek().time;
        return time != null ? time : lastTime != null ? lastTime : Instant.MIN;
    }

    /** Sends the entries due by {@code bound}, at least one, gathered into as few records as fit. */
    void sendUpTo(Instant bound, boolean refill) throws IOException {
        do {
            Buffered next = lookahead.poll();
            if (next.time != null) {
                lastTime = next.time;
            }
            sentFileKey = next.fileKey;
            sentUpTo = next.entry.after();
            pack.add(next.entry);
        } while (!pack.isFull() && nextDue(bound, refill));
        pack.send();
    }

    /** Saves the position after the last entry sent, in the open transaction. */
    void savePosition(SavedPositions positions) {
        if (drainOnly && finished() || sentFileKey == null && follower.fileKey() == null) {
            return;
        }
        positions.save(path, sentFileKey != null ? sentFileKey : follower.fileKey(), sentUpTo);
    }

    /** @return the follower, for its problems and to close it */
    FileFollower follower() {
        return follower;
    }

    /** @return what its records sent so far */
    LinePack pack() {
        return pack;
    }

    private boolean finished() {
        return done && lookahead.isEmpty();
    }

    private boolean waitsForPredecessor() {
        return predecessor != null && !predecessor.finished();
    }

    private boolean nextDue(Instant bound, boolean refill) throws IOException {
        Instant head = headTime(refill);
        return head != null && !head.isAfter(bound);
    }

    private void buffer(LogEntry entry) {
        long micros = entry.micros();
        Instant time = micros == Long.MIN_VALUE ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        lookahead.add(new Buffered(entry, follower.fileKey(), time));
    }

    /** An entry read and not sent yet, with the identity of the file it was read from and its time (or null). */
    private record Buffered(LogEntry entry, String fileKey, Instant time) {
    }
}
