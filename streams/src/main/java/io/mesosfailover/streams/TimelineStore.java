package io.mesosfailover.streams;

import io.mesosfailover.timeline.StreamingTimeline;
import io.mesosfailover.timeline.TimelineSnapshots;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * The timelines of the clusters of one partition, live in memory and saved at every commit. The processor works on
 * the live objects; when Kafka Streams commits (before the transaction that holds the outputs and the input offsets
 * commits) it flushes the caches of its stores, and this store then saves each changed timeline into a persistent,
 * changelogged key-value store. It takes part as a cache ({@link CachedStateStore}, an interface of Kafka Streams'
 * internals, pinned with the Kafka version): only caches are flushed at every commit. So the saved state always
 * matches the committed offsets, and a timeline is saved once per commit, not per event.
 *
 * <p>Keys of a cluster {@code c}: {@code c} holds the header (the number of state chunks, the first and the next
 * launch segment number); {@code c\0i} the state's chunks (a state larger than a chunk is split, because a
 * changelog record has a size limit); {@code c\1n} the launch segments (see {@link TimelineSnapshots}): a commit
 * appends one when launches changed, and deletes the older ones when it starts from scratch.
 */
final class TimelineStore implements StateStore, CachedStateStore<String, byte[]> {

    /** The largest chunk of a state, and the size of a launch segment, in one changelog record. */
    static final int CHUNK_BYTES = 512 * 1024;

    private static final char CHUNK_MARK = '\u0000';
    private static final char SEGMENT_MARK = '\u0001';
    private static final int HEADER_BYTES = Integer.BYTES + 2 * Long.BYTES;

    private final KeyValueStore<String, byte[]> saved;
    private final Map<String, StreamingTimeline> live = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private boolean allLoaded;

    TimelineStore(KeyValueStore<String, byte[]> saved) {
        this.saved = saved;
    }

    /** @return a builder of the store, changelogged */
    static StoreBuilder<TimelineStore> builder(String name) {
        return new Builder(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                Serdes.ByteArray()).withCachingDisabled());
    }

    /** @return the timeline of the cluster: live, else restored from its snapshot, else a new one */
    StreamingTimeline timeline(String cluster, Supplier<StreamingTimeline> fresh) {
        StreamingTimeline timeline = live.get(cluster);
        if (timeline == null) {
            Header header = header(cluster);
            timeline = header == null ? fresh.get() : read(cluster, header);
            live.put(cluster, timeline);
        }
        return timeline;
    }

    /** Marks the cluster's timeline as changed, to be saved at the next commit. */
    void changed(String cluster) {
        changed.add(cluster);
    }

    /** @return every cluster with a timeline, restoring saved ones not yet live */
    List<String> clusters() {
        if (!allLoaded) {
            List<String> names = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> all = saved.all()) {
                while (all.hasNext()) {
                    String key = all.next().key;
                    if (key.indexOf(CHUNK_MARK) < 0 && key.indexOf(SEGMENT_MARK) < 0) {
                        names.add(key);
                    }
                }
            }
            for (String name : names) {
                timeline(name, () -> {
                    throw new IllegalStateException("no timeline saved for " + name);
                });
            }
            allLoaded = true;
        }
        return new ArrayList<>(live.keySet());
    }

    @Override
    public String name() {
        return saved.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        saved.init(context, root);
    }

    /** Saves the changed timelines; Kafka Streams calls it at every commit, before the transaction commits. */
    @Override
    public void flushCache() {
        for (String cluster : changed) {
            write(cluster, TimelineSnapshots.save(live.get(cluster), CHUNK_BYTES));
        }
        changed.clear();
    }

    /** Forgets the live timelines: after a failure, they are read again from the saved state. */
    @Override
    public void clearCache() {
        live.clear();
        changed.clear();
        allLoaded = false;
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<String, byte[]> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public void flush() {
        flushCache();
        saved.flush();
    }

    @Override
    public void close() {
        live.clear();
        changed.clear();
        saved.close();
    }

    @Override
    public boolean persistent() {
        return saved.persistent();
    }

    @Override
    public boolean isOpen() {
        return saved.isOpen();
    }

    private Header header(String cluster) {
        byte[] header = saved.get(cluster);
        if (header == null) {
            return null;
        }
        if (header.length != HEADER_BYTES) {
            throw new IllegalStateException("the timeline of " + cluster + " was saved by an older version of"
                    + " mesos-failover: reset the application's state or use a new application id");
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        return new Header(fields.getInt(), fields.getLong(), fields.getLong());
    }

    private StreamingTimeline read(String cluster, Header header) {
        List<byte[]> segments = new ArrayList<>();
        for (long number = header.firstSegment(); number < header.nextSegment(); number++) {
            byte[] segment = saved.get(segmentKey(cluster, number));
            if (segment == null) {
                throw new IllegalStateException("timeline of " + cluster + " lacks launch segment " + number);
            }
            segments.add(segment);
        }
        return TimelineSnapshots.restore(readState(cluster, header.chunks()), segments);
    }

    private byte[] readState(String cluster, int chunks) {
        List<byte[]> parts = new ArrayList<>(chunks);
        int size = 0;
        for (int i = 0; i < chunks; i++) {
            byte[] part = saved.get(chunkKey(cluster, i));
            if (part == null) {
                throw new IllegalStateException("timeline snapshot of " + cluster + " lacks chunk " + i);
            }
            parts.add(part);
            size += part.length;
        }
        ByteBuffer whole = ByteBuffer.allocate(size);
        parts.forEach(whole::put);
        return whole.array();
    }

    private void write(String cluster, TimelineSnapshots.Saved timeline) {
        Header previous = header(cluster);
        int before = previous == null ? 0 : previous.chunks();
        long firstSegment = previous == null ? 0 : previous.firstSegment();
        long nextSegment = previous == null ? 0 : previous.nextSegment();
        byte[] snapshot = timeline.state();
        int chunks = Math.max(1, (snapshot.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        List<KeyValue<String, byte[]>> puts = new ArrayList<>(chunks + 1);
        for (int i = 0; i < chunks; i++) {
            int from = i * CHUNK_BYTES;
            puts.add(KeyValue.pair(chunkKey(cluster, i),
                    Arrays.copyOfRange(snapshot, from, Math.min(snapshot.length, from + CHUNK_BYTES))));
        }
        for (int i = chunks; i < before; i++) {
            puts.add(KeyValue.pair(chunkKey(cluster, i), null));
        }
        if (!timeline.launches().isEmpty()) {
            if (timeline.launchesFromScratch()) {
                for (long number = firstSegment; number < nextSegment; number++) {
                    puts.add(KeyValue.pair(segmentKey(cluster, number), null));
                }
                firstSegment = nextSegment;
            }
            for (byte[] segment : timeline.launches()) {
                puts.add(KeyValue.pair(segmentKey(cluster, nextSegment++), segment));
            }
        }
        puts.add(KeyValue.pair(cluster, ByteBuffer.allocate(HEADER_BYTES).putInt(chunks).putLong(firstSegment)
                .putLong(nextSegment).array()));
        saved.putAll(puts);
    }

    /** Fixed width, so that the keys sort as the numbers. */
    private static String segmentKey(String cluster, long number) {
        return cluster + SEGMENT_MARK + String.format(Locale.ROOT, "%016x", number);
    }

    /** What a cluster's header says: its state chunks, and its launch segments {@code [first, next)}. */
    private record Header(int chunks, long firstSegment, long nextSegment) {
    }

    private static String chunkKey(String cluster, int index) {
        return cluster + CHUNK_MARK + index;
    }

    /** Builds the store around a changelogged key-value store of snapshot chunks. */
    private static final class Builder implements StoreBuilder<TimelineStore> {

        private StoreBuilder<KeyValueStore<String, byte[]>> inner;

        Builder(StoreBuilder<KeyValueStore<String, byte[]>> inner) {
            this.inner = inner;
        }

        @Override
        public StoreBuilder<TimelineStore> withCachingEnabled() {
            throw new UnsupportedOperationException("the timeline store saves at commit; a cache adds nothing");
        }

        @Override
        public StoreBuilder<TimelineStore> withCachingDisabled() {
            inner = inner.withCachingDisabled();
            return this;
        }

        @Override
        public StoreBuilder<TimelineStore> withLoggingEnabled(Map<String, String> config) {
            inner = inner.withLoggingEnabled(config);
            return this;
        }

        @Override
        public StoreBuilder<TimelineStore> withLoggingDisabled() {
            inner = inner.withLoggingDisabled();
            return this;
        }

        @Override
        public TimelineStore build() {
            return new TimelineStore(inner.build());
        }

        @Override
        public Map<String, String> logConfig() {
            return inner.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return inner.loggingEnabled();
        }

        @Override
        public String name() {
            return inner.name();
        }
    }
}
