package io.mesosfailover.timeline;

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

/**
 * Saves and restores a {@link StreamingTimeline} as bytes, for the streaming path's state store. The format is a
 * magic number, a format version and Java serialization of the timeline, read back through a filter that admits
 * only this project's classes and the JDK's collections and time types. A snapshot of another format version is
 * refused with a clear message: the application's state must then be reset (or a new application id used).
 */
public final class TimelineSnapshots {

    /** The format written; bumped whenever a serialized class changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    private static final int MAGIC = 0x4D465453;
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=50000000;io.mesosfailover.**;java.lang.*;java.util.*;java.time.*;!*");

    private TimelineSnapshots() {
    }

    /** @return the timeline as bytes */
    public static byte[] save(StreamingTimeline timeline) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream header = new DataOutputStream(bytes)) {
            header.writeInt(MAGIC);
            header.writeInt(FORMAT_VERSION);
            header.flush();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(timeline);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the timeline", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @return the timeline saved in these bytes
     * @throws IllegalStateException if they are not a snapshot of this format version
     */
    public static StreamingTimeline restore(byte[] snapshot) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            if (snapshot.length < 8 || in.readInt() != MAGIC) {
                throw new IllegalStateException("not a timeline snapshot");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IllegalStateException("timeline snapshot of format " + version + ", this version reads "
                        + FORMAT_VERSION + ": reset the application's state or use a new application id");
            }
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
}
