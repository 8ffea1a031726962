package io.mesosfailover.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * A line of a Mesos template that the timelines do not use (offers, allocation rounds, HTTP requests,
 * authentication, quota, ...): known, so not {@link Unrecognized}, but kept by name only. The name is the grammar
 * label of the template in kebab-case ({@code #offersSent} becomes {@code offers-sent}); each field is an element
 * label of the template with the text the line has there.
 *
 * @param time the event time from the log line, to the microsecond
 * @param source where the line came from
 * @param severity the glog severity
 * @param template the template's name, such as {@code offers-sent}
 * @param fields the values of the line by element label, in the template's order
 */
public record KnownTemplate(Instant time, SourceRef source, Severity severity, String template,
        Map<String, String> fields) implements MesosEvent {

    /** Checks the components and copies the fields (unless they are {@link TemplateFields}), keeping their order. */
    public KnownTemplate {
        requireNonNull(time, "time is null");
        requireNonNull(source, "source is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(template, "template is null");
        fields = TemplateFields.copyOf(requireNonNull(fields, "fields is null"));
    }
}
