package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mesosfailover.event.EventJson;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every line of the catalog's example log against a golden file beside it: one line per outcome, with the source
 * line number, the event type and every field. Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class ExamplesGoldenTest {

    private static final String LOG = "mesos-log-examples.log";

    @Test
    void shouldReadEveryExampleLineIntoTheGoldenEvents() throws IOException {
        // Given
        Path log = ParseFiles.resource(LOG);
        Path golden = log.resolveSibling("mesos-log-examples.events");

        // When
        ParseFiles.Result result = ParseFiles.parse(new GlogParser(ParserSettings.defaults()), log);
        List<String> rendered = render(result.outcomes());

        // Then
        if (Boolean.getBoolean("golden.update")) {
            Files.write(Path.of("src/test/resources/logs/mesos-log-examples.events"), rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
        assertThat(result.stats().lines()).isEqualTo(377);
        assertThat(result.stats().malformed()).isZero();
        assertThat(result.stats().pendingLines()).isZero();
        assertThat(result.outcomes()).noneMatch(outcome -> outcome instanceof ParseOutcome.Parsed
                && ((ParseOutcome.Parsed) outcome).event() instanceof Unrecognized);
    }

    static List<String> render(List<ParseOutcome> outcomes) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ParseOutcome outcome : outcomes) {
            if (outcome instanceof ParseOutcome.Parsed) {
                ObjectNode json = Json.mapper().valueToTree(((ParseOutcome.Parsed) outcome).event());
                long line = json.remove("source").get("line").asLong();
                lines.add(line + "\t" + json.remove(EventJson.TYPE_PROPERTY).asText() + "\t" + json);
            } else {
                ParseOutcome.Malformed malformed = (ParseOutcome.Malformed) outcome;
                lines.add(malformed.source().line() + "\tmalformed\t" + malformed.reason());
            }
        }
        return lines;
    }
}
