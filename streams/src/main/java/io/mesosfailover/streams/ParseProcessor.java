package io.mesosfailover.streams;

import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.SourceRef;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParseStats;
import io.mesosfailover.parser.ParserSettings;
import io.mesosfailover.topics.LineHeaders;
import io.mesosfailover.topics.Topics;
import io.mesosfailover.topics.Unparsed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Parses log entries into events. Each record holds whole consecutive entries of one file; its headers say where
 * they came from, so the parse of a record depends only on the record (the open files are cached for speed, not for
 * correctness): a restarted instance parses every record as the first one would have. Events go to
 * {@link Topics#EVENTS} as JSON keyed by cluster (unrecognized ones only when asked: they are the bulk of a busy
 * master's lines, and their raw lines are on {@link Topics#LINES}), and all go on to the timelines; unreadable
 * lines go to {@link Topics#UNPARSED} with their reason.
 */
final class ParseProcessor implements Processor<String, String, String, Object> {

    /** Open files kept at most. */
    static final int MAX_OPEN_FILES = 4_096;

    private final ParserSettings settings;
    private final StreamSettings published;
    private final TimelineStage timelines;
    private final Map<String, FileParse> files = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FileParse> eldest) {
            return size() > MAX_OPEN_FILES;
        }
    };
    private ProcessorContext<String, Object> context;
    /** The newest event time of the record being parsed. */
    private Instant newestEvent;

    ParseProcessor(StreamSettings settings, String storeName) {
        this.settings = settings.parser();
        this.published = settings;
        this.timelines = new TimelineStage(settings, storeName);
    }

    @Override
    public void init(ProcessorContext<String, Object> processorContext) {
        this.context = processorContext;
        timelines.init(processorContext);
    }

    @Override
    public void process(Record<String, String> entry) {
        LineHeaders source;
        try {
            source = LineHeaders.readFrom(entry.headers(), entry.key());
        } catch (IllegalArgumentException e) {
            reject(entry, null, e.getMessage(), entry.value());
            return;
        }
        if (entry.value() == null) {
            reject(entry, source, "record without a value", "");
            return;
        }
        FileParse parse = files.computeIfAbsent(source.cluster() + '\u0000' + source.host() + '\u0000' + source.file(),
                key -> open(source));
        if (source.line() > 0) {
            parse.numberNextLine(source.line());
        }
        ParseStats before = parse.stats();
        newestEvent = null;
        String text = entry.value();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            parse.accept(text.substring(start, end), outcome -> emit(entry, source, outcome));
            start = end + 1;
        }
        parse.endEntry(outcome -> emit(entry, source, outcome));
        timelines.countParsed(source.cluster(), source.host(), before, parse.stats(), newestEvent);
        timelines.endOfRecord();
    }

    @Override
    public void close() {
        timelines.close();
    }

    private FileParse open(LineHeaders source) {
        ParserSettings fileSettings = settings.withCluster(source.cluster()).withHost(source.host());
        if (source.year() > 0) {
            fileSettings = fileSettings.withYear(source.year());
        }
        // the timelines read no known template's fields: they are cut out only when the events are published
        GlogParser parser = new GlogParser(fileSettings);
        return (published.publishNamed() ? parser : parser.withoutTemplateFields()).open(source.file());
    }

    private void emit(Record<String, String> entry, LineHeaders source, ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            MesosEvent event = parsed.event();
            if (published.publishes(event)) {
                context.forward(new Record<>(event.source().cluster(), event, entry.timestamp()),
                        FailoverTopology.EVENTS_SINK);
            }
            timelines.accept(event, entry.timestamp());
            if (newestEvent == null || event.time().isAfter(newestEvent)) {
                newestEvent = event.time();
            }
        } else {
            ParseOutcome.Malformed malformed = (ParseOutcome.Malformed) outcome;
            SourceRef at = malformed.source();
            Unparsed unparsed = Unparsed.line(at.cluster(), at.host(), at.file(), at.line(), malformed.reason(),
                    malformed.excerpt());
            context.forward(new Record<>(LineHeaders.keyOf(source.cluster(), source.host()), unparsed,
                    entry.timestamp()), FailoverTopology.UNPARSED_SINK);
        }
    }

    private void reject(Record<String, String> entry, LineHeaders source, String reason, String excerpt) {
        String key = source == null ? entry.key() : LineHeaders.keyOf(source.cluster(), source.host());
        context.forward(new Record<>(key, Unparsed.record(entry.key(), reason, excerpt),
                entry.timestamp()), FailoverTopology.UNPARSED_SINK);
    }
}
