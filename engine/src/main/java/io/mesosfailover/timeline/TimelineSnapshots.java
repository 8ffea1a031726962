package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentAddress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saves and restores a {@link StreamingTimeline} as bytes, for the streaming path's state store, in two parts. The
 * state is a magic number, a format version and Java serialization of the timeline without its remembered task
 * launches, read back through a filter that admits only this project's classes and the JDK's collections and time
 * types. The launches, the bulk of a busy cluster's state, go into launch segments: the first holds every launch,
 * later ones the launches remembered since the previous one, and now and then one starts from scratch again (see
 * {@link TaskLaunches#wantsScratch()}), after which the older segments can be deleted. A commit thus writes the small
 * state and the launches that changed, not the whole memory. Bytes of another format version are refused with a
 * clear message: the application's state must then be reset (or a new application id used).
 *
 * <pre>{@code
 * Saved saved = TimelineSnapshots.save(timeline, 512 * 1024);   // at each commit
 * // keep saved.state(); append saved.launches(), after dropping the older segments if launchesFromScratch()
 * StreamingTimeline again = TimelineSnapshots.restore(state, segmentsInOrder);
 * }</pre>
 */
public final class TimelineSnapshots {

    /** The format written; bumped whenever a serialized class changes incompatibly. */
    public static final int FORMAT_VERSION = 3;

    private static final int MAGIC = 0x4D465453;
    private static final int SEGMENT_MAGIC = 0x4D46544C;
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=50000000;io.mesosfailover.**;java.lang.*;java.util.*;java.time.*;!*");

    private TimelineSnapshots() {
    }

    /**
     * What to save of a timeline at a commit.
     *
     * @param state the timeline without its launches
     * @param launches the launch segments to append, in order, each at most the size asked for (unless one launch
     *     is larger); empty when no launch was remembered since the last ones
     * @param launchesFromScratch whether these segments hold every launch, so that the older ones are no longer
     *     needed
     */
    public record Saved(byte[] state, List<byte[]> launches, boolean launchesFromScratch) {
    }

    /**
     * @param timeline the timeline
     * @param segmentBytes the size a launch segment should not exceed
     * @return the timeline's state and, if its launches changed, the segments that bring them up to date
     */
    public static Saved save(StreamingTimeline timeline, int segmentBytes) {
        Map<String, TaskLaunches> launches = timeline.taskLaunches();
        boolean fromScratch = launches.values().stream().anyMatch(TaskLaunches::wantsScratch);
        boolean changed = fromScratch || launches.values().stream().anyMatch(TaskLaunches::changed);
        try {
            // the segment first: writing it updates the journal counters the state holds
            List<byte[]> segments = changed ? segments(launches, fromScratch, segmentBytes) : List.of();
            return new Saved(state(timeline), segments, fromScratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the timeline", e);
        }
    }

    /**
     * @param state the state saved last
     * @param launchSegments the launch segments saved since (and including) the last one from scratch, in order
     * @return the timeline as it was saved
     * @throws IllegalStateException if the bytes are not a snapshot of this format version, or do not fit together
     */
    public static StreamingTimeline restore(byte[] state, List<byte[]> launchSegments) {
        StreamingTimeline timeline = restoreState(state);
        Map<String, TaskLaunches> launches = timeline.taskLaunches();
        for (byte[] segment : launchSegments) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(segment))) {
                readVersion(in, segment.length, SEGMENT_MAGIC, "launch segment");
                boolean fromScratch = in.readBoolean();
                if (fromScratch) {
                    launches.values().forEach(TaskLaunches::clear);
                }
                while (in.available() > 0) {
                    String cluster = readString(in);
                    TaskLaunches into = launches.get(cluster);
                    if (into == null) {
                        throw new IllegalStateException("launch segment of cluster " + cluster
                                + ", which the saved timeline does not have");
                    }
                    while (in.readBoolean()) {
                        String taskId = readString(in);
                        into.replay(taskId, in.readBoolean() ? new AgentAddress(readString(in), in.readInt()) : null);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("unreadable launch segment: " + e, e);
            }
        }
        return timeline;
    }

    /**
     * Segment: magic, version, whether from scratch, then per cluster its name and its launches, each after a
     * {@code true}, ended by a {@code false}. A segment that grows past the size asked for ends, and the next one
     * (never from scratch) goes on where it stopped, so replaying them in order remembers the same launches in the
     * same order.
     */
    private static List<byte[]> segments(Map<String, TaskLaunches> launches, boolean fromScratch, int segmentBytes)
            throws IOException {
        List<byte[]> segments = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = startSegment(bytes, fromScratch);
        for (Map.Entry<String, TaskLaunches> cluster : launches.entrySet()) {
            writeString(out, cluster.getKey());
            for (TaskLaunches.Launch launch : cluster.getValue().takeForSegment(fromScratch)) {
                if (bytes.size() >= segmentBytes) {
                    out.writeBoolean(false);
                    segments.add(bytes.toByteArray());
                    bytes.reset();
                    out = startSegment(bytes, false);
                    writeString(out, cluster.getKey());
                }
                out.writeBoolean(true);
                writeString(out, launch.taskId());
                out.writeBoolean(launch.agent() != null);
                if (launch.agent() != null) {
                    writeString(out, launch.agent().host());
                    out.writeInt(launch.agent().port());
                }
            }
            out.writeBoolean(false);
        }
        segments.add(bytes.toByteArray());
        return segments;
    }

    private static DataOutputStream startSegment(ByteArrayOutputStream bytes, boolean fromScratch) throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(SEGMENT_MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeBoolean(fromScratch);
        return out;
    }

    /** Strings of any length ({@code writeUTF} stops at 64 KB). */
    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("a string of " + length + " bytes with " + in.available() + " left");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] state(StreamingTimeline timeline) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream header = new DataOutputStream(bytes)) {
            header.writeInt(MAGIC);
            header.writeInt(FORMAT_VERSION);
            header.flush();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(timeline);
            }
        }
        return bytes.toByteArray();
    }

    private static StreamingTimeline restoreState(byte[] snapshot) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            readVersion(in, snapshot.length, MAGIC, "timeline snapshot");
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(FILTER);
            return (StreamingTimeline) objects.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException("timeline snapshot written by an incompatible version: " + e.getMessage()
                    + "; reset the application's state or use a new application id", e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("unreadable timeline snapshot: " + e, e);
        }
    }

    private static void readVersion(DataInputStream in, int length, int magic, String what) throws IOException {
        if (length < 8 || in.readInt() != magic) {
            throw new IllegalStateException("not a " + what);
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IllegalStateException(what + " of format " + version + ", this version reads " + FORMAT_VERSION
                    + ": reset the application's state or use a new application id");
        }
    }
}
