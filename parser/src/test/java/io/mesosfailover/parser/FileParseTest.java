package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.AgentDisconnected;
import io.mesosfailover.event.LeaderElected;
import io.mesosfailover.event.LoopbackWarning;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FileParseTest {

    private static final String HEADER = "Log file created at: 2019/12/31 23:50:00";
    private static final String ELECTED = " 1841 master.cpp:2179] Elected as the leading master!";
    private static final String DISCONNECTED = " 1841 master.cpp:1379] Agent ab-S1 at slave(1)@10.0.2.22:5051 (10.0.2.22)"
            + " disconnected";

    @Test
    void shouldTakeTheYearFromTheHeaderAndRollOverAtNewYear() {
        // When
        List<MesosEvent> events = events(ParserSettings.defaults(), HEADER, "I1231 23:59:59.999999" + ELECTED,
                "I0101 00:00:00.000001" + ELECTED);

        // Then
        assertThat(events).extracting(MesosEvent::time).containsExactly(Instant.parse("2019-12-31T23:59:59.999999Z"),
                Instant.parse("2020-01-01T00:00:00.000001Z"));
    }

    @Test
    void shouldTakeTheYearFromADatedMesosIdAndHoldEarlierLinesUntilThen() {
        // When
        List<MesosEvent> events = events(ParserSettings.defaults(), "I0502 17:00:25.000000" + ELECTED,
                "I0502 17:00:26.087030  5688 master.cpp:931] Slave 20150501-230056-2407081856-5050-5669-S0 at"
                        + " slave(1)@192.168.187.205:5051 (192.168.187.205) disconnected");

        // Then
        assertThat(events).extracting(MesosEvent::time).containsExactly(Instant.parse("2015-05-02T17:00:25Z"),
                Instant.parse("2015-05-02T17:00:26.087030Z"));
    }

    @Test
    void shouldTakeTheYearThatPutsTheLastLineAtOrBeforeTheModificationTime() {
        // Given: an excerpt without header or dated id, across a new year, modified on 5 January 2021
        GlogParser parser = new GlogParser(ParserSettings.defaults());

        // When
        ParseFiles.Result result = ParseFiles.parse(parser, "x.log", Instant.parse("2021-01-05T10:00:00Z"),
                List.of("I1230 17:00:25.000000" + ELECTED, "I0102 17:00:25.000000" + ELECTED));

        // Then: no line lost, the first in 2020, and the source said once
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.events()).extracting(MesosEvent::time).containsExactly(Instant.parse("2020-12-30T17:00:25Z"),
                Instant.parse("2021-01-02T17:00:25Z"));
        assertThat(result.year()).isEqualTo(new FileYear("x.log", YearSource.FILE_MODIFIED, 2020, null));
        assertThat(result.stats().pendingLines()).isZero();
    }

    @Test
    void shouldTakeTheYearBeforeWhenTheLastLineWouldComeAfterTheModificationTime() {
        // When: a line of 30 December in a file modified on 1 March
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                Instant.parse("2021-03-01T00:00:00Z"), List.of("I1230 17:00:25.000000" + ELECTED));

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2020-12-30T17:00:25Z"));
    }

    @Test
    void shouldPreferADatedIdLaterInTheFileToTheYearOption() {
        // Given
        GlogParser parser = new GlogParser(ParserSettings.defaults().withYear(2019));

        // When
        ParseFiles.Result result = ParseFiles.parse(parser, "x.log", Instant.parse("2026-01-01T00:00:00Z"), List.of(
                "I0502 17:00:25.000000" + ELECTED,
                "I0502 17:00:26.087030  5688 master.cpp:931] Slave 20150501-230056-2407081856-5050-5669-S0 at"
                        + " slave(1)@192.168.187.205:5051 (192.168.187.205) disconnected"));

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2015-05-02T17:00:25Z"));
        assertThat(result.year().source()).isEqualTo(YearSource.MESOS_ID);
    }

    @Test
    void shouldUseTheYearOptionWhenTheFileNeverTellsIt() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults().withYear(2016)), "x.log",
                Instant.parse("2026-01-01T00:00:00Z"), List.of("I0502 17:00:25.000000" + ELECTED));

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2016-05-02T17:00:25Z"));
        assertThat(result.year().describe()).isEqualTo("x.log: year 2016 from the --year option");
    }

    @Test
    void shouldNotMoveTheYearOnForALineOutOfOrderAcrossTheNewYear() {
        // When
        List<MesosEvent> events = events(ParserSettings.defaults(), HEADER, "I1231 23:59:59.000000" + ELECTED,
                "I0101 00:00:00.000001" + ELECTED, "I1231 23:59:59.500000" + ELECTED, "I0101 00:00:01.000000" + ELECTED);

        // Then
        assertThat(events).extracting(MesosEvent::time).containsExactly(Instant.parse("2019-12-31T23:59:59Z"),
                Instant.parse("2020-01-01T00:00:00.000001Z"), Instant.parse("2019-12-31T23:59:59.5Z"),
                Instant.parse("2020-01-01T00:00:01Z"));
    }

    @Test
    void shouldNotMoveTheYearOnWhenTheClockGoesBackAMonth() {
        // When: the clock is set back from 1 July to 30 June
        List<MesosEvent> events = events(ParserSettings.defaults(), "Log file created at: 2019/07/01 00:00:00",
                "I0701 00:00:10.000000" + ELECTED, "I0630 23:59:50.000000" + ELECTED, "I0701 00:00:20.000000" + ELECTED);

        // Then
        assertThat(events).extracting(MesosEvent::time).containsExactly(Instant.parse("2019-07-01T00:00:10Z"),
                Instant.parse("2019-06-30T23:59:50Z"), Instant.parse("2019-07-01T00:00:20Z"));
    }

    @Test
    void shouldReportAHeaderWhoseDateCannotBeReadAsSuch() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                Instant.parse("2016-06-01T00:00:00Z"), List.of("Log file created at: 2016/13/45 10:51:35",
                        "I0223 10:51:35.558143 11238 master.cpp:1] Elected as the leading master!"));

        // Then: the line is read, and the header named as unreadable (not as missing)
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.year().problem()).contains("'Log file created at: 2016/13/45 10:51:35' has no date that can be"
                + " read");
        assertThat(result.year().describe()).contains("year 2016 from the file's modification time");
    }

    @Test
    void shouldSkipAByteOrderMarkBeforeTheHeader() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                Instant.parse("2026-01-01T00:00:00Z"), List.of("\uFEFF" + HEADER, "I1231 23:59:59.000000" + ELECTED));

        // Then
        assertThat(result.stats().headerLines()).isEqualTo(1);
        assertThat(result.year().source()).isEqualTo(YearSource.HEADER);
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2019-12-31T23:59:59Z"));
    }

    @Test
    void shouldUseTheYearAndZoneOptions() {
        // Given
        ParserSettings settings = new ParserSettings("prod", "m1", ZoneId.of("Europe/Oslo"), 2016, null);

        // When
        List<MesosEvent> events = events(settings, "I0512 14:02:11.549322" + ELECTED);

        // Then
        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2016-05-12T12:02:11.549322Z"));
        assertThat(events.get(0).source().cluster()).isEqualTo("prod");
        assertThat(events.get(0).source().host()).isEqualTo("m1");
    }

    @Test
    void shouldReadSyslogPrefixesCrlfAndTheHostHeader() {
        // When
        List<MesosEvent> events = events(ParserSettings.defaults(), HEADER + "\r", "Running on machine: master-7\r",
                "Dec 31 23:55:00 master-7 mesos-master[1841]: I1231 23:55:00.000001" + DISCONNECTED + "\r");

        // Then
        assertThat(events).hasSize(1);
        AgentDisconnected disconnected = (AgentDisconnected) events.get(0);
        assertThat(disconnected.hostname()).isEqualTo("10.0.2.22");
        assertThat(disconnected.source().host()).isEqualTo("master-7");
        assertThat(disconnected.source().line()).isEqualTo(3);
    }

    @Test
    void shouldDateTimeOnlyLinesFromTheOption() {
        // Given
        ParserSettings settings = new ParserSettings("default", null, ZoneId.of("UTC"), null, LocalDate.of(2015, 5, 2));

        // When
        List<MesosEvent> events = events(settings, "17:00:26.087030 Elected as the leading master!");

        // Then
        assertThat(events.get(0)).isInstanceOf(LeaderElected.class);
        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2015-05-02T17:00:26.087030Z"));
    }

    @Test
    void shouldJoinContinuationLinesToTheirMessage() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log", List.of(HEADER,
                "W1231 23:51:00.000000  1828 master.cpp:380] ",
                "**************************************************",
                "Master bound to loopback interface! Cannot communicate with remote schedulers or agents.",
                "**************************************************",
                "I1231 23:52:00.000000" + ELECTED));

        // Then
        assertThat(result.outcomes()).hasSize(2);
        assertThat(((ParseOutcome.Parsed) result.outcomes().get(0)).event()).isInstanceOf(LoopbackWarning.class);
        assertThat(result.stats().continuationLines()).isEqualTo(3);
        assertThat(result.stats().lines()).isEqualTo(6);
    }

    @Test
    void shouldKeepUnknownMessagesWithTheirTimeAndCountThem() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                List.of(HEADER, "I1231 23:52:00.000000  1 http.cpp:1] Frobnicating widget 7 for 10.0.0.1:5432",
                        "garbage that continues nothing?", "I1231 23:52:01.000000" + ELECTED));

        // Then
        Unrecognized unrecognized = (Unrecognized) ((ParseOutcome.Parsed) result.outcomes().get(0)).event();
        assertThat(unrecognized.message()).isEqualTo("Frobnicating widget 7 for 10.0.0.1:5432\ngarbage that"
                + " continues nothing?");
        assertThat(unrecognized.location()).isEqualTo("http.cpp:1");
        assertThat(result.stats().unrecognized()).isEqualTo(1);
        assertThat(result.stats().lines()).isEqualTo(4);
    }

    @Test
    void shouldReportALineWithNothingToContinueAsMalformed() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                List.of("", "no prefix at all", HEADER));

        // Then
        assertThat(result.stats().blankLines()).isEqualTo(1);
        assertThat(result.stats().malformed()).isEqualTo(1);
        assertThat(result.stats().headerLines()).isEqualTo(1);
        assertThat(((ParseOutcome.Malformed) result.outcomes().get(0)).source().line()).isEqualTo(2);
    }

    private static List<MesosEvent> events(ParserSettings settings, String... lines) {
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(settings), "x.log", List.of(lines));
        assertThat(result.stats().malformed()).isZero();
        return result.outcomes().stream().map(outcome -> ((ParseOutcome.Parsed) outcome).event())
                .collect(Collectors.toList());
    }
}
