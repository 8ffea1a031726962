package io.mesosfailover.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of shapes gives, for every message, what the grammar gives: written after parsing the catalog and the real
 * logs, read into an empty memo, then every message is parsed again with the memo alone. A file of another build or a
 * damaged one adds nothing.
 */
class ShapeFileTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheShapesRead() {
        ShapeMemo.SHARED.clear();
    }

    @Test
    void shouldGiveTheGrammarsShapeForEveryMessageOfTheCorpusFromTheFileAlone() throws Exception {
        // Given: the shapes of the corpus, written and read into an empty memo
        List<String> messages = CorpusMessages.all();
        ShapeMemo.SHARED.clear();
        MessageParser memoized = new MessageParser(true);
        messages.forEach(memoized::parseMessage);
        messages.forEach(memoized::parseBareStderrLine);
        Path file = folder.resolve("shapes");
        ShapeFile.write(file);
        int written = Files.readAllLines(file).size() - 1;
        ShapeMemo.SHARED.clear();

        // When
        int read = ShapeFile.read(file);

        // Then: every answer comes from the file (the memo does not grow) and is the grammar's
        assertThat(read).isEqualTo(written).isGreaterThan(500);
        MessageParser fromFile = new MessageParser(true);
        MessageParser grammar = new MessageParser(false);
        long templates = 0;
        for (String message : messages) {
            MessageShape expected = shapeOf(grammar.parseMessage(message));
            assertThat(shapeOf(fromFile.parseMessage(message))).as(message).isEqualTo(expected);
            assertThat(shapeOf(fromFile.parseBareStderrLine(message))).as(message)
                    .isEqualTo(shapeOf(grammar.parseBareStderrLine(message)));
            templates += expected == null ? 0 : 1;
        }
        assertThat(ShapeMemo.SHARED.size()).isEqualTo(read);
        assertThat(templates).isGreaterThan(messages.size() / 2);
    }

    @Test
    void shouldReadNothingFromAFileOfAnotherBuild() throws IOException {
        // Given: a file whose first line names another build
        List<String> lines = shapesOf("Elected as the leading master!");
        lines.set(0, lines.get(0).replaceFirst(" [0-9a-f]+$", " 0"));
        Path file = Files.write(folder.resolve("shapes"), lines);

        // When, Then
        assertThat(ShapeFile.read(file)).isZero();
        assertThat(ShapeMemo.SHARED.size()).isZero();
    }

    @Test
    void shouldReadNothingFromADamagedFile() throws IOException {
        // Given: a file of this build, with one good line and one cut short
        List<String> lines = shapesOf("Elected as the leading master!");
        assertThat(lines).hasSize(2);
        lines.add(lines.get(1).substring(0, lines.get(1).lastIndexOf('\t')));
        Path file = Files.write(folder.resolve("shapes"), lines);

        // When, Then: nothing, not the good line alone
        assertThat(ShapeFile.read(file)).isZero();
        assertThat(ShapeMemo.SHARED.size()).isZero();
        assertThat(ShapeFile.read(folder.resolve("missing"))).isZero();
        assertThat(ShapeFile.read(folder)).isZero();
    }

    @Test
    void shouldRefuseAClassThatIsNoContextOfTheParser() throws IOException {
        // Given
        List<String> lines = shapesOf("Elected as the leading master!");
        String[] fields = lines.get(1).split("\t", -1);
        fields[2] = "Nothing";
        lines.set(1, String.join("\t", fields));
        Path file = Files.write(folder.resolve("shapes"), lines);

        // When, Then
        assertThat(ShapeFile.read(file)).isZero();
    }

    @Test
    void shouldRefuseALabelBeyondTheMessagesTokensOrAnotherContextsTemplate() throws IOException {
        // Given: the shape of a message with a label, once with the label past its last token, once with a template
        List<String> lines = shapesOf("Shutting down slave 20150501-230056-2407081856-5050-5669-S3 due to health check"
                + " timeout");
        String[] fields = lines.get(1).split("\t", -1);
        assertThat(fields[4]).as("the labels").isNotEmpty();
        int tokens = fields[1].split(",").length;
        String[] label = fields[4].split(",")[0].split(":");
        String[] beyond = fields.clone();
        beyond[4] = String.join(":", label[0], "0", Integer.toString(tokens), label[3]);
        String[] template = fields.clone();
        template[3] = "offers-sent";

        for (String[] forged : List.of(beyond, template)) {
            lines.set(1, String.join("\t", forged));
            Path file = Files.write(folder.resolve("shapes"), lines);

            // When, Then
            assertThat(ShapeFile.read(file)).as(lines.get(1)).isZero();
            assertThat(ShapeMemo.SHARED.size()).isZero();
        }
    }

    /** @return the lines of a file of the shape of one message */
    private List<String> shapesOf(String message) throws IOException {
        ShapeMemo.SHARED.clear();
        assertThat(new MessageParser(true).parseMessage(message)).isNotNull();
        Path file = folder.resolve("written");
        ShapeFile.write(file);
        ShapeMemo.SHARED.clear();
        return new ArrayList<>(Files.readAllLines(file));
    }

    private static MessageShape shapeOf(ParsedMessage parsed) {
        return parsed == null ? null : parsed.shape();
    }
}
