package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.LeaderElected;
import io.mesosfailover.event.LeadershipLost;
import io.mesosfailover.event.LoopbackWarning;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.event.ZooKeeperClientLogged;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The glog record found wherever a capture puts it, and what the capture tells (year, zone, master). */
class CaptureFormatsTest {

    private static final Instant MODIFIED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String RECORD = "I0623 20:41:36.810322 28369 master.cpp:2017] Elected as the leading master!";
    private static final Instant AT = Instant.parse("2017-06-23T20:41:36.810322Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "2017-06-23T20:41:36.810322123Z ",
            "2017-06-23T20:41:36+0000 master-1 mesos-master[28369]: ",
            "2017-06-23T20:41:36.810322+00:00 master-1 mesos-master[28369]: ",
            "<14>1 2017-06-23T20:41:36.810Z master-1 mesos-master 28369 - - ",
            "<14>1 2017-06-23T20:41:36.810Z master-1 mesos-master 28369 ID47 [exampleSDID@32473 iut=\"3\"] ",
            "2017-06-23 20:41:36: ",
            "6/23/2017 8:41:36 PM",
            "6/23/2017 8:41:36 PM "})
    void shouldReadEveryCaptureFormatWithItsYear(String capture) {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), capture + RECORD);

        // Then
        assertThat(result.stats().malformed()).as(capture).isZero();
        assertThat(result.events()).as(capture).singleElement().isInstanceOf(LeaderElected.class);
        assertThat(result.events().get(0).time()).as(capture).isEqualTo(AT);
        assertThat(result.year().source()).as(capture).isEqualTo(YearSource.CAPTURE_PREFIX);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jun 23 20:41:36 master-1 mesos-master[28369]: ",
            "Jun 23 20:41:36.810322 master-1 mesos-master[28369]: ",
            "<13>Jun 23 20:41:36 master-1 mesos-master: ",
            "master_1    | ",
            "[pod/mesos-master-0/master] ",
            "mesos-master: ",
            "INFO master-1 ",
            // grep's file name glued to the record, with and without grep's line number
            "mesos-master.INFO:",
            "mesos-master.dev5-devc.log.INFO.20141028-061840.28180:",
            "logs/mesos-master.INFO:127:",
            // an editor's line number
            "127 ",
            "master-1 127 "})
    void shouldReadYearlessCapturesAndOtherShortPrefixes(String prefix) {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), prefix + RECORD);

        // Then
        assertThat(result.events()).as(prefix).singleElement().isInstanceOf(LeaderElected.class);
        assertThat(result.events().get(0).time()).as(prefix).isEqualTo(Instant.parse("2025-06-23T20:41:36.810322Z"));
        assertThat(result.year().source()).as(prefix).isEqualTo(YearSource.FILE_MODIFIED);
    }

    @Test
    void shouldTakeTheZoneFromDockersTimeAgainstTheGlogTime() {
        // Given: glog wrote local time (UTC+2), docker its own time in UTC
        String line = "2017-06-23T20:41:36.811004567Z I0623 22:41:36.810322 28369 master.cpp:2017] Elected as the"
                + " leading master!";

        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), line);

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(AT);
    }

    @Test
    void shouldKeepTheZoneTheUserGave() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults().withZone(ZoneId.of("UTC")),
                "2017-06-23T20:41:36.811004567Z I0623 22:41:36.810322 28369 master.cpp:2017] Elected as the leading"
                        + " master!");

        // Then
        assertThat(result.events().get(0).time()).isEqualTo(Instant.parse("2017-06-23T22:41:36.810322Z"));
    }

    @Test
    void shouldNameTheMasterAfterTheComposeServiceOrPodWhenNoHeaderDoes() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), "mesos-master-1_1  | " + RECORD,
                "mesos-master-3_1  | " + RECORD, "[pod/mesos-master-0/master] " + RECORD);

        // Then
        assertThat(result.events()).extracting(event -> event.source().host()).containsExactly("mesos-master-1_1",
                "mesos-master-3_1", "mesos-master-0");
    }

    @Test
    void shouldKeepTheHostOfTheHeaderOverTheComposeName() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), "Log file created at: 2017/06/23 20:00:00",
                "Running on machine: master-7", "master_1    | " + RECORD);

        // Then
        assertThat(result.events().get(0).source().host()).isEqualTo("master-7");
    }

    @Test
    void shouldStackComposeAndDockerTimestamps() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(), "master_1  | 2017-06-23T20:41:36.810322123Z "
                + RECORD);

        // Then
        MesosEvent event = result.events().get(0);
        assertThat(event.time()).isEqualTo(AT);
        assertThat(event.source().host()).isEqualTo("master_1");
    }

    @Test
    void shouldJoinContinuationLinesThatRepeatTheCapturePrefix() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(),
                "master_1    | W0522 09:51:10.517740    12 master.cpp:380] ",
                "master_1    | **************************************************",
                "master_1    | Master bound to loopback interface! Cannot communicate with remote schedulers or agents."
                        + " You might want to set '--ip' flag to a routable IP address.",
                "master_1    | **************************************************",
                "master_1    | I0522 09:51:11.000000    12 master.cpp:2017] Elected as the leading master!");

        // Then
        assertThat(result.events()).hasSize(2);
        assertThat(result.events().get(0)).isInstanceOf(LoopbackWarning.class);
        assertThat(result.stats().continuationLines()).isEqualTo(3);
        assertThat(result.stats().malformed()).isZero();
    }

    @Test
    void shouldReadZooKeeperLinesBehindACapturePrefixAndTakeTheirYear() {
        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(),
                "mesos-master-1_1  | 2017-01-23 04:51:13,834:1(0x7fa332921700):ZOO_INFO@log_env@726: Client"
                        + " environment:zookeeper.version=zookeeper C client 3.4.8",
                "mesos-master-1_1  | I0123 04:51:14.000000     1 master.cpp:2017] Elected as the leading master!");

        // Then
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.events()).hasSize(2);
        assertThat(result.events().get(1).time()).isEqualTo(Instant.parse("2017-01-23T04:51:14Z"));
        assertThat(result.year().source()).isEqualTo(YearSource.ZOOKEEPER_LINE);
    }

    @Test
    void shouldReadTwoRecordsGluedOnOneLineAsTwoLines() {
        // Given: 0.18's EXIT text, written without a line end, and the next ZooKeeper client line after it
        String glued = "Lost leadership... committing suicide!2014-04-20 10:45:33,410:57712(0x10d273000):ZOO_INFO"
                + "@log_env@712: Client environment:zookeeper.version=zookeeper C client 3.4.5";

        // When
        ParseFiles.Result result = parse(ParserSettings.defaults(),
                "I0420 10:45:33.410246 219598848 master.cpp:760] The newly elected leader is None", glued,
                "I0420 10:45:34.000000 219598848 master.cpp:2017] Elected as the leading master!");

        // Then: nothing malformed, each record an event with the glued line's number; the glued record is a line
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.stats().lines()).isEqualTo(4);
        assertThat(result.events()).hasSize(4);
        assertThat(result.events()).noneMatch(event -> event instanceof Unrecognized);
        assertThat(result.events().get(1)).isInstanceOf(LeadershipLost.class);
        assertThat(result.events().get(1).source().line()).isEqualTo(2);
        assertThat(result.events().get(2)).isInstanceOf(ZooKeeperClientLogged.class);
        assertThat(result.events().get(2).source().line()).isEqualTo(2);
        assertThat(result.events().get(2).time()).isEqualTo(Instant.parse("2014-04-20T10:45:33.410Z"));
    }

    @Test
    void shouldStepOverShortPrefixesOnlyRightBeforeARecord() {
        // When: a continuation that starts like a file name with a colon, or a number, is still a continuation
        ParseFiles.Result result = parse(ParserSettings.defaults(),
                "W0522 09:51:10.517740    12 master.cpp:380] Failed to fetch:", "http://example.com:80/x: 404",
                "127 times");

        // Then
        assertThat(result.stats().continuationLines()).isEqualTo(2);
        assertThat(result.stats().malformed()).isZero();
    }

    private static ParseFiles.Result parse(ParserSettings settings, String... lines) {
        return ParseFiles.parse(new GlogParser(settings), "x.log", MODIFIED, List.of(lines));
    }
}
