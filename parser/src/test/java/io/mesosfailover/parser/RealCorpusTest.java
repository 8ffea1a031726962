package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real master lines people posted ({@code src/test/resources/real/}, sources in {@code SOURCES.md}) read with the
 * default settings (no year, no date, no zone): every line is read, none of these well-formed lines is malformed,
 * each file's year comes from where it should, and the share of typed or named events is at least what the grammar
 * reaches today. Prints the figures of each file.
 */
class RealCorpusTest {

    /**
     * Typed events and named templates among all events of the corpus: 99.5% (1,756 of 1,764) on 2026-12-02. The 8
     * lines left: five templates of 0.18 alone, older than the grammar's releases, and the posters' own lines, two
     * marks ({@code [...]}, a note glued to a line) and a patched allocator's statement (see {@code SOURCES.md}).
     * Raise it as the corpus and the grammar grow; the files waiting in {@code real/pending/} are not read.
     */
    static final double MIN_TYPED_SHARE = 0.995;

    /** Where each file's year comes from, and the year where the post tells it. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("classicswarm-1853-master.log", new Expected(YearSource.HEADER, 2016)),
            Map.entry("classicswarm-2055-journal.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("elasticsearch-59-compose.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("zetcd-5-compose-masters.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("zetcd-5-master-start.log", new Expected(YearSource.ZOOKEEPER_LINE, 2016)),
            Map.entry("zetcd-5-master-recovery-failed.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("zetcd-4-master-start.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("zetcd-70-stderr.log", new Expected(YearSource.ZOOKEEPER_LINE, 2017)),
            Map.entry("zetcd-70-master-start.log", new Expected(YearSource.ZOOKEEPER_LINE, 2017)),
            Map.entry("open-docs-230-stderr.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("chronos-511-n3-start.log", new Expected(YearSource.ZOOKEEPER_LINE, 2015)),
            Map.entry("chronos-511-n3-election.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("chronos-511-n3.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("chronos-511-n2.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("mantl-1225.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("marathon-1279.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("marathon-4266.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("mesos-plugin-235.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("minimesos-179.log", new Expected(YearSource.ZOOKEEPER_LINE, 2015)),
            Map.entry("mesoscloud-mesos-master-9.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("hadoop-40.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("dcos-1673-dated-prefix.log", new Expected(YearSource.CAPTURE_PREFIX, 2017)),
            Map.entry("bioboxmesos-master.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("ejinqhu-mesos-doc-journal.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("ivanjobs-blog-suppress-revive.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("mysos-63-master.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("mesos-plugin-180-master.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("marathon-1652-offers.log", new Expected(YearSource.MESOS_ID, 2015)),
            Map.entry("mesos-plugin-235-framework-timeout.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("wzc1995-oslab-hw6-leader.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("wzc1995-oslab-hw6-standby-24.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("wzc1995-oslab-hw6-standby-8.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("bactlink-os-practice-hw6.log", new Expected(YearSource.ZOOKEEPER_LINE, 2017)),
            Map.entry("wushoubei95-os-practice-hw6.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("ffeiding-os-practice-hw6-new-leader.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("ffeiding-os-practice-hw6-old-leader.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("michealzzw-os-mesos-hw6.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("esddse-ospractice-hw6-start.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("esddse-ospractice-hw6-failover.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("rancher-4894-ui-prefix.log", new Expected(YearSource.CAPTURE_PREFIX, 2016)),
            Map.entry("mesos-dns-482-journal.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("ivanjobs-blog-readonly-auth.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("mesos-plugin-6-master.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("bactlink-os-practice-hw6-line-numbers.log", new Expected(YearSource.FILE_MODIFIED, 0)),
            Map.entry("marathon-761-grep.log", new Expected(YearSource.MESOS_ID, 2014)),
            Map.entry("mesos-driver-enters-zombie-master.log", new Expected(YearSource.ZOOKEEPER_LINE, 2014)));
    /** Records glued to the end of another one's text on one line, each read as a line of its own. */
    private static final Map<String, Integer> GLUED_RECORDS = Map.of("mesos-driver-enters-zombie-master.log", 1);

    @Test
    void shouldReadEveryRealLine() throws IOException, URISyntaxException {
        // Given
        List<Path> files = corpusFiles();
        GlogParser parser = new GlogParser(ParserSettings.defaults());
        ParseStats total = ParseStats.empty();
        List<String> figures = new ArrayList<>();
        figures.add(String.format(Locale.ROOT, "%-42s %6s %6s %6s %6s  %s", "file", "lines", "typed", "unrec.",
                "malf.", "year source"));

        for (Path file : files) {
            // When
            ParseFiles.Result result = ParseFiles.parse(parser, file.getFileName().toString(),
                    Files.getLastModifiedTime(file).toInstant(), Files.readAllLines(file));

            // Then
            String name = file.getFileName().toString();
            ParseStats stats = result.stats();
            assertThat(stats.pendingLines()).as(name).isZero();
            assertThat(stats.malformed()).as("%s: %s", name, result.outcomes()).isZero();
            assertThat(stats.lines()).as(name)
                    .isEqualTo(Files.readAllLines(file).size() + GLUED_RECORDS.getOrDefault(name, 0));
            Expected expected = EXPECTED.get(name);
            assertThat(expected).as("the expected year source of %s", name).isNotNull();
            assertThat(result.year().source()).as(name).isEqualTo(expected.source());
            if (expected.year() != 0) {
                assertThat(result.year().year()).as(name).isEqualTo(expected.year());
            }
            total = total.plus(stats);
            figures.add(String.format(Locale.ROOT, "%-42s %6d %6d %6d %6d  %s", name, stats.lines(),
                    stats.events() - stats.unrecognized(), stats.unrecognized(), stats.malformed(),
                    result.year().source().jsonName()));
        }
        assertThat(files).hasSize(EXPECTED.size());
        double typedShare = (double) (total.events() - total.unrecognized()) / total.events();
        figures.add(String.format(Locale.ROOT, "%-42s %6d %6d %6d %6d  typed share %.1f%%", "total", total.lines(),
                total.events() - total.unrecognized(), total.unrecognized(), total.malformed(), 100 * typedShare));
        System.out.println(String.join(System.lineSeparator(), figures));
        assertThat(typedShare).isGreaterThanOrEqualTo(MIN_TYPED_SHARE);
    }

    @Test
    void shouldDateTheLinesOfTheCorpusAsTheirPostsDo() throws IOException, URISyntaxException {
        // Given: the posts' dates (a file modified now must not move a dated capture or id)
        Path dcos = corpusFile("dcos-1673-dated-prefix.log");

        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "dcos.log",
                Instant.parse("2030-01-01T00:00:00Z"), Files.readAllLines(dcos));

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2017-06-23T20:41:36.810322Z"));
    }

    private Path corpusFile(String name) throws URISyntaxException {
        return Path.of(getClass().getResource("/real/" + name).toURI());
    }

    private List<Path> corpusFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/real").toURI()))) {
            return files.filter(path -> path.toString().endsWith(".log")).sorted().collect(Collectors.toList());
        }
    }

    private record Expected(YearSource source, int year) {
    }
}
