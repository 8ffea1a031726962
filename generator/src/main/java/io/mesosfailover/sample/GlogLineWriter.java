package io.mesosfailover.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Locale;

/** Formats glog lines and file headers exactly as glog 0.3/0.4 writes them (local time given as UTC). */
public final class GlogLineWriter {

    private GlogLineWriter() {
    }

    /** @return the three header lines of a glog file created at {@code created} on {@code host} */
    public static String header(Instant created, String host) {
        LocalDateTime time = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "Log file created at: %04d/%02d/%02d %02d:%02d:%02d%n"
                + "Running on machine: %s%nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg%n",
                time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(), time.getMinute(),
                time.getSecond(), host);
    }

    /** Appends one glog line: {@code I0502 17:00:26.087030  5669 master.cpp:931] message}. */
    public static void line(StringBuilder out, char severity, Instant when, int threadId, String location,
            String message) {
        LocalDateTime time = LocalDateTime.ofInstant(when, ZoneOffset.UTC);
        out.append(severity);
        twoDigits(out, time.getMonthValue());
        twoDigits(out, time.getDayOfMonth());
        out.append(' ');
        twoDigits(out, time.getHour());
        out.append(':');
        twoDigits(out, time.getMinute());
        out.append(':');
        twoDigits(out, time.getSecond());
        out.append('.');
        String micros = Integer.toString(time.getNano() / 1000);
        out.append("000000", 0, 6 - micros.length()).append(micros);
        String thread = Integer.toString(threadId);
        out.append(' ');
        for (int pad = thread.length(); pad < 5; pad++) {
            out.append(' ');
        }
        out.append(thread).append(' ').append(location).append("] ").append(message).append('\n');
    }

    private static void twoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
