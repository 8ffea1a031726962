package io.mesosfailover.generate;

import io.mesosfailover.sample.GlogLineWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The lines one generated master writes, kept until the file is written in time order. */
final class MasterLog {

    final String host;
    final String ip;
    final int threadBase;
    private final List<Line> lines = new ArrayList<>();

    MasterLog(String host, String ip, int threadBase) {
        this.host = host;
        this.ip = ip;
        this.threadBase = threadBase;
    }

    void add(Instant time, char severity, String location, String message) {
        lines.add(new Line(time, severity, location, message, lines.size()));
    }

    List<Instant> times() {
        List<Instant> times = new ArrayList<>();
        for (Line line : lines) {
            times.add(line.time);
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    Path write(Path folder, Instant created) throws IOException {
        lines.sort(Comparator.comparing((Line line) -> line.time).thenComparingInt(line -> line.order));
        Path file = folder.resolve(host + ".INFO");
        StringBuilder text = new StringBuilder(GlogLineWriter.header(created, host));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Line line : lines) {
                GlogLineWriter.line(text, line.severity, line.time, threadBase + line.order % 7, line.location,
                        line.message);
                if (text.length() > 1 << 16) {
                    out.append(text);
                    text.setLength(0);
                }
            }
            out.append(text);
        }
        return file;
    }

    private record Line(Instant time, char severity, String location, String message, int order) {
    }
}
