package io.mesosfailover.parser.internal;

import io.mesosfailover.grammar.MesosMasterParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The shapes of an earlier run, kept in a file, so that a new process does not parse them with the grammar again: on
 * a cold JVM the first parse of each shape costs tens of milliseconds. The file names the build it belongs to (a
 * checksum of the generated parser and of the classes that make shapes); a file of another build is not read.
 *
 * <p>Its lines, after the first: {@code M} (a message) or {@code S} (a bare stderr line), the token types, the
 * labelled alternative's context class ({@code -} when no template has those types), the known template's name
 * ({@code -} for none) and the labels, tab-separated.
 */
public final class ShapeFile {

    private static final String HEADER = "mesos-failover shapes 1 ";
    private static final String NONE = "-";
    /** The context classes are the generated parser's nested classes: the file names them without this. */
    private static final String PARSER_PREFIX = MesosMasterParser.class.getName() + "$";

    private ShapeFile() {
    }

    /** Writes every shape the process has found so far to {@code file}. */
    public static void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + buildKey());
            out.newLine();
            for (boolean bare : new boolean[] {false, true}) {
                List<String> lines = new ArrayList<>();
                ShapeMemo.SHARED.forEach(bare, (types, shape) -> lines.add(line(bare, types, shape)));
                for (String line : lines) {
                    out.write(line);
                    out.newLine();
                }
            }
        }
    }

    /**
     * Adds the shapes of {@code file} to the memo of the process, when the file belongs to this build; a file that
     * cannot be read, of another build or damaged, adds nothing (the shapes are then parsed as they come).
     *
     * @return the shapes added
     */
    public static int read(Path file) {
        List<Entry> entries = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + buildKey())) {
                return 0;
            }
            for (String line : lines.subList(1, lines.size())) {
                entries.add(entry(line));
            }
        } catch (IOException | RuntimeException | ClassNotFoundException unreadableOrDamaged) {
            return 0;
        }
        for (Entry entry : entries) {
            ShapeMemo.SHARED.put(entry.types(), entry.bare(), entry.shape());
        }
        return entries.size();
    }

    /** @return a checksum of the classes whose answers a shape is: the generated parser, the shape and its maker */
    static String buildKey() throws IOException {
        CRC32 checksum = new CRC32();
        for (Class<?> type : List.of(MesosMasterParser.class, EventFactory.class, MessageShape.class,
                ShapeFile.class)) {
            String resource = type.getSimpleName() + ".class";
            try (InputStream bytes = type.getResourceAsStream(resource)) {
                if (bytes == null) {
                    throw new IOException("the class file " + resource + " cannot be read");
                }
                checksum.update(bytes.readAllBytes());
            }
        }
        return Long.toHexString(checksum.getValue());
    }

    private static String line(boolean bare, ShapeMemo.TypeSequence types, Optional<MessageShape> shape) {
        StringBuilder line = new StringBuilder(bare ? "S" : "M").append('\t');
        int[] sequence = types.types();
        for (int i = 0; i < sequence.length; i++) {
            line.append(i == 0 ? "" : ",").append(sequence[i]);
        }
        if (shape.isEmpty()) {
            return line.append('\t').append(NONE).append('\t').append(NONE).append('\t').toString();
        }
        MessageShape found = shape.get();
        line.append('\t').append(found.alternative().getName().substring(PARSER_PREFIX.length()));
        line.append('\t').append(found.template() == null ? NONE : found.template()).append('\t');
        for (int i = 0; i < found.labels().size(); i++) {
            MessageShape.LabelSpan label = found.labels().get(i);
            line.append(i == 0 ? "" : ",").append(label.name()).append(':').append(label.firstToken()).append(':')
                    .append(label.lastToken()).append(':').append(label.strip() ? 's' : 'k');
        }
        return line.toString();
    }

    private static Entry entry(String line) throws ClassNotFoundException {
        String[] fields = line.split("\t", -1);
        if (fields.length != 5 || !fields[0].equals("M") && !fields[0].equals("S")) {
            throw new IllegalArgumentException("not a shape: " + line);
        }
        String[] typeTexts = fields[1].isEmpty() ? new String[0] : fields[1].split(",");
        int[] types = new int[typeTexts.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = Integer.parseInt(typeTexts[i]);
        }
        Optional<MessageShape> shape = Optional.empty();
        if (!fields[2].equals(NONE)) {
            Class<?> alternative = Class.forName(PARSER_PREFIX + fields[2], false,
                    MesosMasterParser.class.getClassLoader());
            if (!ParserRuleContext.class.isAssignableFrom(alternative)) {
                throw new IllegalArgumentException("not a context of the parser: " + fields[2]);
            }
            List<MessageShape.LabelSpan> labels = new ArrayList<>();
            for (String label : fields[4].isEmpty() ? new String[0] : fields[4].split(",")) {
                String[] parts = label.split(":");
                if (parts.length != 4 || !parts[3].equals("s") && !parts[3].equals("k")) {
                    throw new IllegalArgumentException("not a label: " + label);
                }
                labels.add(new MessageShape.LabelSpan(parts[0], Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]), parts[3].equals("s")));
            }
            shape = Optional.of(new MessageShape(alternative.asSubclass(ParserRuleContext.class), labels,
                    fields[3].equals(NONE) ? null : fields[3]));
        }
        return new Entry(fields[0].equals("S"), new ShapeMemo.TypeSequence(types), shape);
    }

    private record Entry(boolean bare, ShapeMemo.TypeSequence types, Optional<MessageShape> shape) {
    }
}
