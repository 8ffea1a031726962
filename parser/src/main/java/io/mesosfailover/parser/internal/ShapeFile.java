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
 * ({@code -} for none) and the labels, tab-separated. Reading checks what it can without the grammar: the class is a
 * context of the parser, each label lies within the message's tokens, the template is the class's; a file that fails
 * any of it is not used at all.
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
        Optional<MessageShape> shape = fields[2].equals(NONE) ? Optional.empty()
                : Optional.of(shape(fields[2], fields[3], fields[4], types.length));
        return new Entry(fields[0].equals("S"), new ShapeMemo.TypeSequence(types), shape);
    }

    private static MessageShape shape(String contextName, String templateField, String labelsField, int tokens)
            throws ClassNotFoundException {
        Class<?> alternative = Class.forName(PARSER_PREFIX + contextName, false,
                MesosMasterParser.class.getClassLoader());
        if (!ParserRuleContext.class.isAssignableFrom(alternative)) {
            throw new IllegalArgumentException("not a context of the parser: " + contextName);
        }
        List<MessageShape.LabelSpan> labels = new ArrayList<>();
        for (String label : labelsField.isEmpty() ? new String[0] : labelsField.split(",")) {
            labels.add(label(label, tokens));
        }
        String template = templateField.equals(NONE) ? null : templateField;
        if (template != null && !template.equals(EventFactory.templateName(alternative))) {
            throw new IllegalArgumentException("not the template of " + contextName + ": " + template);
        }
        return new MessageShape(alternative.asSubclass(ParserRuleContext.class), labels, template);
    }

    /** @return the label {@code name:first:last:s|k}, within a message of {@code tokens} */
    private static MessageShape.LabelSpan label(String label, int tokens) {
        String[] parts = label.split(":");
        if (parts.length != 4 || parts[0].isEmpty() || !parts[3].equals("s") && !parts[3].equals("k")) {
            throw new IllegalArgumentException("not a label: " + label);
        }
        int first = Integer.parseInt(parts[1]);
        int last = Integer.parseInt(parts[2]);
        // an empty element ends just before where it starts
        if (first < 0 || first > tokens || last < first - 1 || last >= tokens) {
            throw new IllegalArgumentException("a label beyond the message's tokens: " + label);
        }
        return new MessageShape.LabelSpan(parts[0], first, last, parts[3].equals("s"));
    }

    private record Entry(boolean bare, ShapeMemo.TypeSequence types, Optional<MessageShape> shape) {
    }
}
