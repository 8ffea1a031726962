package io.mesosfailover.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantSerializerTest {

    @Test
    void writesWhatToStringWrites() {
        List<Instant> edges = List.of(Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(-1, 1),
                Instant.parse("2021-03-09T14:10:00Z"), Instant.parse("2021-03-09T14:10:00.1Z"),
                Instant.parse("2021-03-09T14:10:00.000001Z"), Instant.parse("2021-03-09T14:10:00.000000001Z"),
                Instant.parse("2021-03-09T23:59:59.999999999Z"), Instant.parse("2020-02-29T00:00:00.010Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN,
                Instant.MAX);
        for (Instant instant : edges) {
            assertEquals('"' + instant.toString() + '"', Json.write(instant), instant.toString());
        }
    }

    @Test
    void writesWhatToStringWritesForRandomTimes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(-62_167_219_200L - 86_400 * 400, 253_402_300_800L + 86_400 * 400);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            assertEquals('"' + instant.toString() + '"', Json.write(instant), instant.toString());
        }
    }

    @Test
    void writesInstantsInsideRecordsAndMapsTheSameWay() {
        Instant time = Instant.parse("2021-03-09T14:10:00.000100Z");
        assertEquals("{\"at\":\"2021-03-09T14:10:00.000100Z\"}", Json.write(Map.of("at", time)));
        assertEquals(time, Json.read("\"2021-03-09T14:10:00.000100Z\"", Instant.class));
    }
}
