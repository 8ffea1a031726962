package io.mesosfailover.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The uncompressed bytes of a gzip file, member after member (as {@code cat a.gz b.gz} makes, or a rotation that
 * appended). What follows the last member and is not gzip is not read but counted: {@link #trailingBytes()}. The
 * JDK's {@code GZIPInputStream} drops such bytes without a word. A damaged member ends the stream with a
 * {@link ZipException} or an {@link EOFException}, after the bytes before the damage.
 */
final class GzipMembers extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int BUFFER = 1 << 16;

    private final PushbackInputStream in;
    private final byte[] compressed = new byte[BUFFER];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean inMember;
    private boolean ended;
    private long trailingBytes;
    private int members;
    private int inputLength;

    /** Reads the first member's header at once, so that a file cut inside it fails here. */
    GzipMembers(InputStream raw) throws IOException {
        this.in = new PushbackInputStream(raw, BUFFER);
        try {
            startMember();
        } catch (EOFException cut) {
            throw new EOFException("the gzip file ends inside its header: there is nothing to read");
        }
    }

    /** @return the bytes after the last gzip member that were not gzip (0 when none) */
    long trailingBytes() {
        return trailingBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        while (!ended) {
            if (!inMember && !startMember()) {
                ended = true;
                break;
            }
            int read = inflate(target, offset, length);
            if (read > 0) {
                return read;
            }
            if (inflater.finished()) {
                endMember();
            }
        }
        return -1;
    }

    private int inflate(byte[] target, int offset, int length) throws IOException {
        try {
            if (inflater.needsInput()) {
                int read = in.read(compressed, 0, compressed.length);
                if (read < 0) {
                    throw new EOFException("the gzip member ends early");
                }
                inflater.setInput(compressed, 0, read);
                inputLength = read;
            }
            int inflated = inflater.inflate(target, offset, length);
            crc.update(target, offset, inflated);
            return inflated;
        } catch (DataFormatException damaged) {
            throw new ZipException(damaged.getMessage());
        }
    }

    /** Reads a member's header; @return false at the end of the input (after counting what is not gzip). */
    private boolean startMember() throws IOException {
        int first = in.read();
        if (first < 0) {
            return false;
        }
        int second = in.read();
        if (first != 0x1f || second != 0x8b) {
            if (members == 0) {
                throw new ZipException("not in gzip format");
            }
            trailingBytes = 1 + (second < 0 ? 0 : 1) + in.transferTo(OutputStream.nullOutputStream());
            return false;
        }
        readHeaderRest();
        inflater.reset();
        crc.reset();
        inMember = true;
        members++;
        return true;
    }

    private void readHeaderRest() throws IOException {
        int method = readByte();
        int flags = readByte();
        if (method != 8) {
            throw new ZipException("unsupported gzip compression method " + method);
        }
        skip(6);
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | readByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    private void endMember() throws IOException {
        int remaining = inflater.getRemaining();
        if (remaining > 0) {
            // The inflater read past the member's end: the trailer (and what follows) go back to the stream.
            in.unread(compressed, inputLength - remaining, remaining);
        }
        long expectedCrc = readInt();
        long expectedSize = readInt();
        if (expectedCrc != crc.getValue() || expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
            throw new ZipException("corrupt gzip trailer");
        }
        inMember = false;
    }

    private long readInt() throws IOException {
        return (readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24) & 0xffffffffL;
    }

    private int readByte() throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException("the gzip member ends early");
        }
        return value;
    }

    private void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // skip the name or comment
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
