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
    void shouldReportLinesAsMalformedWhenNoYearIsEverKnown() {
        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), "x.log",
                List.of("I0502 17:00:25.000000" + ELECTED));

        // Then
        assertThat(result.stats().malformed()).isEqualTo(1);
        assertThat(((ParseOutcome.Malformed) result.outcomes().get(0)).reason()).contains("no year known");
        assertThat(result.stats().pendingLines()).isZero();
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
                List.of(HEADER, "I1231 23:52:00.000000  1 http.cpp:1] HTTP GET for /master/state from 10.0.0.1:5432",
                        "garbage that continues nothing?", "I1231 23:52:01.000000" + ELECTED));

        // Then
        Unrecognized unrecognized = (Unrecognized) ((ParseOutcome.Parsed) result.outcomes().get(0)).event();
        assertThat(unrecognized.message()).isEqualTo("HTTP GET for /master/state from 10.0.0.1:5432\ngarbage that"
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
