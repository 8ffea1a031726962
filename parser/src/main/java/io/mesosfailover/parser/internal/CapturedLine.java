package io.mesosfailover.parser.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A line as a log collector wrote it: the capture prefixes in front of what the master wrote, and what they tell.
 *
 * @param recordStart where the master's own text begins (a glog record, a ZooKeeper client line, a continuation)
 * @param kinds the prefixes, outermost first
 * @param date the date and time of the innermost prefix that carries one, {@code null} when none does
 * @param offset the zone offset of that date, {@code null} when it has none
 * @param name the compose service or Kubernetes pod the line came from, {@code null} when no prefix names one
 * @param glog the glog prefix at {@code recordStart}, {@code null} when the text there is no glog record
 */
public record CapturedLine(int recordStart, List<Kind> kinds, LocalDateTime date, ZoneOffset offset, String name,
        GlogPrefix glog) {

    /** The capture prefixes, as the lexer's tokens of the same names. */
    public enum Kind {
        /** {@code May  2 17:00:26 host tag[pid]: }, also with microseconds and a priority. */
        SYSLOG,
        /** {@code 2017-06-23T20:41:36+0000 host tag[pid]: }. */
        ISO_SYSLOG,
        /** {@code <14>1 2017-06-23T20:41:36Z host app procid msgid - }. */
        RFC5424,
        /** {@code 2017-06-23T20:41:36.123456789Z }. */
        DOCKER_TIMESTAMP,
        /** {@code master_1    | }. */
        COMPOSE,
        /** {@code [pod/name/container] }. */
        KUBERNETES,
        /** {@code 2017-06-23 20:41:36: }. */
        DATED,
        /** {@code 5/23/2016 9:53:44 PM}. */
        UI_DATE,
        /** Any other word in front of a glog record. */
        OTHER_WORD,
        /** A file name (or grep's line number) glued to the glog record by a colon: {@code mesos-master.INFO:}. */
        GREP_FILE,
        /** A line number in front of the glog record: {@code 127 }. */
        LINE_NUMBER
    }

    /** Checks and copies. */
    public CapturedLine {
        requireNonNull(kinds, "kinds is null");
        kinds = List.copyOf(kinds);
    }
}
