package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real master lines people posted (the parser's test resources {@code real/}) through {@code parse} and
 * {@code analyze} with default options (no --year, no --date): every line read, none malformed, each file's year
 * source said once.
 */
class RealCorpusCommandsTest {

    @TempDir
    Path folder;

    @Test
    void shouldParseEveryRealLine() throws IOException, URISyntaxException {
        // Given
        List<Path> files = copyCorpus();
        long lines = countLines(files);

        // When
        CommandRun run = CommandRun.of("parse", folder.toString());

        // Then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("lines read: " + lines + " (").contains("malformed 0,");
        for (Path file : files) {
            assertThat(occurrences(run.err(), file + ": year ")).as("year line of %s", file).isEqualTo(1);
        }
        assertThat(run.err()).contains("dcos-1673-dated-prefix.log: year 2017 from a dated capture prefix");
    }

    @Test
    void shouldAnalyseEveryRealLine() throws IOException, URISyntaxException {
        // Given
        List<Path> files = copyCorpus();
        long lines = countLines(files);

        // When
        CommandRun run = CommandRun.of("analyze", "--format", "json", folder.toString());

        // Then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stats = new ObjectMapper().readTree(run.out()).get("stats");
        assertThat(stats.get("lines").asLong()).isEqualTo(lines);
        assertThat(stats.get("malformed").asLong()).isZero();
        assertThat(stats.get("yearSources")).hasSize(files.size());
        Map<String, String> sources = new java.util.TreeMap<>();
        stats.get("yearSources").forEach(year -> sources.put(Path.of(year.get("file").asText()).getFileName().toString(),
                year.get("yearSource").asText()));
        assertThat(sources).containsEntry("classicswarm-1853-master.log", "header")
                .containsEntry("elasticsearch-59-compose.log", "mesos-id")
                .containsEntry("dcos-1673-dated-prefix.log", "capture-prefix")
                .containsEntry("zetcd-70-stderr.log", "zookeeper-line")
                .containsEntry("mantl-1225.log", "file-modified");
        for (Path file : files) {
            assertThat(occurrences(run.err(), file + ": year ")).as("year line of %s", file).isEqualTo(1);
        }
    }

    private List<Path> copyCorpus() throws IOException, URISyntaxException {
        URI uri = getClass().getResource("/real/SOURCES.md").toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copyFrom(jar.getPath("/real"));
            }
        }
        return copyFrom(Path.of(uri).getParent());
    }

    private List<Path> copyFrom(Path corpus) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".log")).sorted()
                    .collect(Collectors.toList())) {
                copies.add(Files.copy(file, folder.resolve(file.getFileName().toString())));
            }
        }
        return copies;
    }

    /**
     * Records glued to the end of another one's text, each read as a line of its own: line 85 of
     * {@code mesos-driver-enters-zombie-master.log} holds an EXIT text and a ZooKeeper client line.
     */
    private static final int GLUED_RECORDS = 1;

    private static long countLines(List<Path> files) throws IOException {
        long lines = GLUED_RECORDS;
        for (Path file : files) {
            lines += Files.readAllLines(file).size();
        }
        return lines;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
