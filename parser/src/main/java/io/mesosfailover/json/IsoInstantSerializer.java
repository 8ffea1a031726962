package io.mesosfailover.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} as {@link Instant#toString()} does ({@code 2021-03-09T14:10:00.000001Z}: the fraction in
 * groups of three digits, as many as it needs, none when it is zero), without a formatter: every event has a time,
 * and {@code DateTimeFormatter} cost a tenth of writing an event. The date of the last day written is kept, as the
 * times of a log come day after day. Years outside 0000-9999 (which {@code toString} writes with a sign) are left to
 * {@code toString}.
 */
final class IsoInstantSerializer extends StdSerializer<Instant> {

    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01 and 10000-01-01 as epoch days: the years that {@code toString} writes with four digits. */
    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(10_000, 1, 1).toEpochDay();

    /** The date part, {@code yyyy-MM-dd}, of the last day written; immutable, so safely shared between threads. */
    private volatile Day lastDay = new Day(0, "1970-01-01".toCharArray());

    IsoInstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        long epochDay = Math.floorDiv(value.getEpochSecond(), SECONDS_PER_DAY);
        if (epochDay < FIRST_DAY || epochDay >= END_DAY) {
            generator.writeString(value.toString());
            return;
        }
        char[] text = new char[30];
        int length = write(value, epochDay, text);
        generator.writeString(text, 0, length);
    }

    /** @return the length of the text of {@code value}, written into {@code text} (at least 30 characters) */
    int write(Instant value, long epochDay, char[] text) {
        Day day = lastDay;
        if (day.epochDay != epochDay) {
            day = new Day(epochDay, LocalDate.ofEpochDay(epochDay).toString().toCharArray());
            lastDay = day;
        }
        System.arraycopy(day.text, 0, text, 0, 10);
        int secondOfDay = (int) Math.floorMod(value.getEpochSecond(), SECONDS_PER_DAY);
        text[10] = 'T';
        twoDigits(secondOfDay / 3600, text, 11);
        text[13] = ':';
        twoDigits(secondOfDay / 60 % 60, text, 14);
        text[16] = ':';
        twoDigits(secondOfDay % 60, text, 17);
        int end = 19;
        int nanos = value.getNano();
        if (nanos != 0) {
            text[end++] = '.';
            int digits;
            int fraction;
            if (nanos % 1_000_000 == 0) {
                digits = 3;
                fraction = nanos / 1_000_000;
            } else if (nanos % 1_000 == 0) {
                digits = 6;
                fraction = nanos / 1_000;
            } else {
                digits = 9;
                fraction = nanos;
            }
            for (int i = end + digits - 1; i >= end; i--) {
                text[i] = (char) ('0' + fraction % 10);
                fraction /= 10;
            }
            end += digits;
        }
        text[end++] = 'Z';
        return end;
    }

    private static void twoDigits(int value, char[] text, int at) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    /** A day and its date as text. */
    private record Day(long epochDay, char[] text) {
    }
}
