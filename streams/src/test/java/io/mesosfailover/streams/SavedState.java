package io.mesosfailover.streams;

import io.mesosfailover.timeline.StateRecord;
import io.mesosfailover.timeline.TimelineState;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Test helper: the timelines' state in an in-memory key-value store with the topology's serdes, written and read as
 * the processor does: {@link #flush} after a record, {@link #restart} as after a failure (a new processor reads the
 * state from the store again).
 */
public final class SavedState {

    private final KeyValueStore<Bytes, byte[]> bytes;
    private final KeyValueStore<StateKey, StateRecord> store;
    private StoreTimelineState state;

    /** An empty store. */
    public SavedState() {
        bytes = Stores.inMemoryKeyValueStore(FailoverTopology.TIMELINE_STORE).get();
        KeyValueBytesStoreSupplier supplier = new KeyValueBytesStoreSupplier() {
            @Override
            public String name() {
                return bytes.name();
            }

            @Override
            public KeyValueStore<Bytes, byte[]> get() {
                return bytes;
            }

            @Override
            public String metricsScope() {
                return "in-memory";
            }
        };
        store = Stores.keyValueStoreBuilder(supplier, StateSerdes.key(), FailoverTopology.stateValueSerde())
                .withLoggingDisabled().withCachingDisabled().build();
        MockProcessorContext<String, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
    }

    /** @return the state, opened at the first call */
    public TimelineState state() {
        if (state == null) {
            state = StoreTimelineState.open(store);
        }
        return state;
    }

    /** Writes what changed into the store, as after each input record. */
    public void flush() {
        state.flush();
    }

    /** @return the state read again from the store, after what changed was written (as after a restart) */
    public TimelineState restart() {
        if (state != null) {
            state.flush();
        }
        state = StoreTimelineState.open(store);
        return state;
    }

    /** @return the store's records, as bytes */
    KeyValueStore<Bytes, byte[]> bytes() {
        return bytes;
    }

    /** @return the typed store */
    KeyValueStore<StateKey, StateRecord> store() {
        return store;
    }
}
