package io.mesosfailover.streams;

import io.mesosfailover.ingest.EntryAssembler;
import io.mesosfailover.ingest.LogEntry;
import io.mesosfailover.ingest.ReadPosition;
import io.mesosfailover.topics.LineHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;

/** Test helper: the records {@code ingest} sends for whole files. */
final class ScenarioRecords {

    private ScenarioRecords() {
    }

    private record Keyed(String time, int file, int order, TestRecord<String, String> record) {
    }

    /**
     * @return the records of every file, the files interleaved by the time of day of their entries (as masters
     *     writing at the same time would send them; an entry without a time keeps the place after the one before)
     */
    static List<TestRecord<String, String>> interleaved(String cluster, List<Path> files) throws IOException {
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String last = "";
            for (TestRecord<String, String> record : of(cluster, List.of(files.get(i)))) {
                String text = record.value();
                if (text.length() > 21 && "IWEF".indexOf(text.charAt(0)) >= 0 && Character.isDigit(text.charAt(1))) {
                    last = text.substring(1, 21);
                }
                keyed.add(new Keyed(last, i, keyed.size(), record));
            }
        }
        keyed.sort(Comparator.comparing(Keyed::time).thenComparingInt(Keyed::file).thenComparingInt(Keyed::order));
        List<TestRecord<String, String>> records = new ArrayList<>();
        keyed.forEach(entry -> records.add(entry.record()));
        return packed(records, 20);
    }

    /** Joins runs of consecutive records of one file and key, as {@code ingest} sends them, up to {@code most}. */
    static List<TestRecord<String, String>> packed(List<TestRecord<String, String>> records, int most) {
        List<TestRecord<String, String>> packs = new ArrayList<>();
        TestRecord<String, String> open = null;
        int inOpen = 0;
        for (TestRecord<String, String> record : records) {
            if (open != null && inOpen < most && open.key().equals(record.key())
                    && file(open).equals(file(record))) {
                RecordHeaders headers = new RecordHeaders(open.headers().toArray());
                LineHeaders first = LineHeaders.readFrom(open.headers(), open.key());
                LineHeaders last = LineHeaders.readFrom(record.headers(), record.key());
                new LineHeaders(first.cluster(), first.host(), first.file(), first.line(), first.year(),
                        last.offset()).writeTo(headers);
                open = new TestRecord<>(open.key(), open.value() + "\n" + record.value(), headers, (Long) null);
                inOpen++;
            } else {
                if (open != null) {
                    packs.add(open);
                }
                open = record;
                inOpen = 1;
            }
        }
        if (open != null) {
            packs.add(open);
        }
        return packs;
    }

    private static String file(TestRecord<String, String> record) {
        return LineHeaders.readFrom(record.headers(), record.key()).file();
    }

    static List<TestRecord<String, String>> of(String cluster, List<Path> files) throws IOException {
        List<TestRecord<String, String>> records = new ArrayList<>();
        for (Path file : files) {
            EntryAssembler assembler = new EntryAssembler(ReadPosition.start(0), "unknown");
            List<LogEntry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                assembler.acceptLine(line, line.getBytes(StandardCharsets.UTF_8).length + 1, entries::add);
            }
            assembler.flush(entries::add);
            for (LogEntry entry : entries) {
                RecordHeaders headers = new RecordHeaders();
                new LineHeaders(cluster, entry.host(), file.toString(), entry.firstLine(), entry.year(),
                        entry.endOffset()).writeTo(headers);
                records.add(new TestRecord<>(LineHeaders.keyOf(cluster, entry.host()), entry.text(), headers,
                        (Long) null));
            }
        }
        return records;
    }
}
