package io.mesosfailover.parser;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the year of a file's year-less glog lines came from, in the order they are looked for. */
public enum YearSource {
    /** {@code Log file created at: YYYY/MM/DD}. */
    HEADER("the 'Log file created at:' header"),
    /** glog 0.6 prefixes carry the year themselves. */
    GLOG_PREFIX("the glog prefixes, which carry it"),
    /** The date inside a Mesos id ({@code 20150501-230056-...}, masters up to 0.24). */
    MESOS_ID("a dated Mesos id"),
    /** A capture prefix with a date (journald short-iso, RFC 5424, docker, a supervisor's time stamp, a web UI). */
    CAPTURE_PREFIX("a dated capture prefix"),
    /** A ZooKeeper client line, which carries the date. */
    ZOOKEEPER_LINE("a ZooKeeper client line"),
    /** The {@code --year} option. */
    YEAR_OPTION("the --year option"),
    /** The {@code --date} option. */
    DATE_OPTION("the --date option"),
    /** The file's modification time: the year that puts its last line at or before it. */
    FILE_MODIFIED("the file's modification time"),
    /** Today's date, for standard input and live sources: the year that puts the last line at or before now. */
    TODAY("today's date"),
    /** No line needed a year (no glog lines, or every line carried its date). */
    NONE("nothing (no line needed one)");

    private final String description;

    YearSource(String description) {
        this.description = description;
    }

    /** @return where the year came from, in words */
    public String description() {
        return description;
    }

    /** @return the JSON name: {@code header}, {@code mesos-id}, {@code file-modified}, ... */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
