package io.mesosfailover.timeline;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.batch.BatchAnalyzer;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: analyses log texts or files through the real parser and the batch analyzer. */
final class Analyses {

    private Analyses() {
    }

    static AnalysisResult ofFiles(TimelineSettings settings, Path... files) {
        return ofFiles(ParserSettings.defaults(), settings, files);
    }

    static AnalysisResult ofFiles(ParserSettings parser, TimelineSettings settings, Path... files) {
        try {
            return new BatchAnalyzer(new GlogParser(parser), settings).analyze(List.of(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalysisResult ofTexts(Path folder, TimelineSettings settings, String... logs) {
        return ofTexts(folder, ParserSettings.defaults(), settings, logs);
    }

    static AnalysisResult ofTexts(Path folder, ParserSettings parser, TimelineSettings settings, String... logs) {
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < logs.length; i++) {
                files.add(Files.writeString(folder.resolve("master-" + (i + 1) + ".log"), logs[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ofFiles(parser, settings, files.toArray(new Path[0]));
    }

    /** Copies a log of the parser's test resources to a file: on the class path it may sit inside a jar. */
    static Path resource(String name) {
        try (InputStream in = Analyses.class.getResourceAsStream("/logs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /logs/" + name);
            }
            Path copy = Files.createTempFile("mesos-failover-", "-" + name);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends Incident> List<T> of(AnalysisResult result, Class<T> kind) {
        return (List<T>) result.incidents().stream().filter(kind::isInstance).collect(Collectors.toList());
    }

    /** The same glog file, its lines those of {@code first} followed by {@code more}. */
    static String log(String host, String created, List<String> first, String... more) {
        List<String> lines = new ArrayList<>(first);
        lines.addAll(List.of(more));
        return log(host, created, lines.toArray(new String[0]));
    }

    /** @return the one incident of the kind, after checking that the result has exactly one */
    static <T extends Incident> T only(AnalysisResult result, Class<T> kind) {
        List<T> incidents = of(result, kind);
        assertThat(incidents).hasSize(1);
        return incidents.get(0);
    }

    /** A glog file: header, then lines {@code "I0502 17:00:26.087030 master.cpp:1] message"} with a thread id added. */
    static String log(String host, String created, String... lines) {
        StringBuilder text = new StringBuilder("Log file created at: " + created + "\nRunning on machine: " + host
                + "\nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg\n");
        for (String line : lines) {
            text.append(line, 0, 21).append("  1234 ").append(line.substring(22)).append('\n');
        }
        return text.toString();
    }
}
