package io.mesosfailover.timeline;

import io.mesosfailover.batch.AnalysisResult;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.generate.GeneratedLogs;
import io.mesosfailover.generate.ScenarioGenerator;
import io.mesosfailover.json.Json;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.sample.MesosWording;
import io.mesosfailover.streams.SavedState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming driver of the engine: events of several masters arriving skewed, its state written to a store with
 * the topology's serdes and read back on the way.
 */
class StreamingTimelineTest {

    @TempDir
    Path folder;

    @Test
    void shouldGiveTheBatchIncidentsForSkewedMastersAcrossSnapshots() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 11, 2_000).generate(folder.resolve("logs"));
        TimelineSettings settings = TimelineSettings.DEFAULTS.withRegions(ScenarioGenerator.regions());
        AnalysisResult batch = Analyses.ofFiles(settings, logs.files().toArray(new Path[0]));
        List<Arrival> arrivals = skewedArrivals(logs.files(), Duration.ofSeconds(3));

        // When
        List<Incident> streamed = new ArrayList<>();
        SavedState saved = new SavedState();
        StreamingTimeline timeline = new StreamingTimeline(settings, Duration.ofSeconds(10), saved.state());
        for (int i = 0; i < arrivals.size(); i++) {
            streamed.addAll(timeline.accept(arrivals.get(i).event));
            if (i % 13 == 0) {
                saved.flush();
            }
            if (i % 97 == 0) {
                timeline = new StreamingTimeline(settings, Duration.ofSeconds(10), saved.restart());
            }
        }
        streamed.addAll(timeline.finish());

        // Then
        assertThat(timeline.lateEvents()).isZero();
        assertThat(json(streamed)).containsExactlyInAnyOrderElementsOf(json(batch.incidents()));
        assertThat(batch.incidents()).hasSizeGreaterThan(5);
    }

    @Test
    void shouldCountButStillApplyAnEventLaterThanTheLateness() throws IOException {
        // Given
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 3, 500).generate(folder.resolve("logs"));
        List<Arrival> arrivals = skewedArrivals(logs.files(), Duration.ZERO);
        StreamingTimeline timeline = new StreamingTimeline(TimelineSettings.DEFAULTS, Duration.ZERO);
        MesosEvent first = arrivals.get(0).event;

        // When
        for (Arrival arrival : arrivals.subList(1, arrivals.size())) {
            timeline.accept(arrival.event);
        }
        timeline.accept(first);

        // Then
        assertThat(timeline.lateEvents()).isEqualTo(1);
        assertThat(timeline.waitingEvents()).isZero();
    }

    @Test
    void shouldSaveTheWaitingEventsInRecordsOfSeveralAndGiveBackOnlyTheUnreleasedOnes() throws IOException {
        // Given: one master's events, the newest 40% of them waiting for their lateness
        GeneratedLogs logs = new ScenarioGenerator(MesosWording.V1_11, 3, 2_000).generate(folder.resolve("logs"));
        List<MesosEvent> events = skewedArrivals(logs.files().subList(0, 1), Duration.ZERO).stream()
                .map(Arrival::event).limit(500).collect(Collectors.toList());
        Duration lateness = Duration.between(events.get(300).time(), events.get(events.size() - 1).time());
        SavedState saved = new SavedState();
        StreamingTimeline timeline = new StreamingTimeline(TimelineSettings.DEFAULTS, lateness, saved.state());
        events.forEach(timeline::accept);
        int waiting = timeline.waitingEvents();

        // When
        TimelineState state = saved.restart();
        StreamingTimeline again = new StreamingTimeline(TimelineSettings.DEFAULTS, lateness, state);

        // Then
        List<Integer> records = new ArrayList<>();
        state.forEach(StateSlots.WAITING, events.get(0).source().cluster(),
                (first, record) -> records.add(record.events().size()));
        assertThat(waiting).isBetween(100, 300);
        assertThat(again.waitingEvents()).isEqualTo(waiting);
        assertThat(records).hasSizeLessThanOrEqualTo(waiting / WaitingQueue.EVENTS_PER_RECORD + 2)
                .allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(WaitingQueue.EVENTS_PER_RECORD));
        assertThat(json(again.releaseAll())).isEqualTo(json(timeline.releaseAll()));
        assertThat(again.waitingEvents()).isZero();
    }

    /** Every event of every file, in the order they would arrive if file {@code i} lagged {@code i x skew}. */
    private static List<Arrival> skewedArrivals(List<Path> files, Duration skew) throws IOException {
        GlogParser parser = new GlogParser(ParserSettings.defaults());
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Duration lag = skew.multipliedBy(i);
            FileParse parse = parser.open(files.get(i).toString());
            Consumer<ParseOutcome> out = outcome -> {
                if (outcome instanceof ParseOutcome.Parsed) {
                    MesosEvent event = ((ParseOutcome.Parsed) outcome).event();
                    arrivals.add(new Arrival(event, event.time().plus(lag), arrivals.size()));
                }
            };
            for (String line : Files.readAllLines(files.get(i), StandardCharsets.UTF_8)) {
                parse.accept(line, out);
            }
            parse.finish(out);
        }
        arrivals.sort(Comparator.comparing(Arrival::at).thenComparingLong(Arrival::order));
        return arrivals;
    }

    private static List<String> json(List<Incident> incidents) {
        return incidents.stream().map(incident -> Json.write(incident)).collect(Collectors.toList());
    }

    private record Arrival(MesosEvent event, Instant at, long order) {
    }
}
