package io.mesosfailover.parser.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mesosfailover.event.KnownTemplate;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.Unrecognized;
import io.mesosfailover.parser.FileParse;
import io.mesosfailover.parser.GlogParser;
import io.mesosfailover.parser.ParseOutcome;
import io.mesosfailover.parser.ParserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every template of the master's log inventory ({@code grammar/inventory/templates.jsonl}), written as Mesos writes
 * it in each release that has it, with every combination of its choices and both forms of its values, is read as a
 * typed event or as a named known template, the same way in every instance. The outcome of each template is kept in
 * {@code inventory/template-outcomes.tsv}: a change of it fails this test and leaves the new table in
 * {@code target/template-outcomes.actual.tsv} to compare.
 */
class TemplateInventoryTest {

    static final Path INVENTORY = Path.of("../grammar/inventory/templates.jsonl");
    static final Path EXPECTED = Path.of("src/test/resources/inventory/template-outcomes.tsv");
    static final Path ACTUAL = Path.of("target/template-outcomes.actual.tsv");
    /** For each template some instance of which is unmatched: the release and the message of the first such. */
    static final Path UNMATCHED = Path.of("target/template-instances.unmatched.tsv");

    /** The least share of a release's templates that must be typed or named. */
    static final double RELEASE_TARGET = 0.97;

    private static final String HEADER = String.join("\n",
            "Log file created at: 2026/12/02 10:00:00",
            "Running on machine: master-1",
            "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg");
    private static final String FENCE = "I1202 10:00:01.000000  4242 master.cpp:1] Master terminating";
    private static final String RELEASE_WITH_LOGGED_EXIT = "1.4.0";

    private static List<Template> templates;
    private static Map<String, Outcome> outcomes;
    private static final Map<String, String> firstUnmatched = new LinkedHashMap<>();

    record Template(String id, String text, String level, String failover, boolean placeholderOnly,
            List<String> releases, JsonNode pieces) {
    }

    /** What became of all instances of one template. */
    record Outcome(Set<String> labels) {

        /** Every instance typed; the branches of a choice may be different events. */
        boolean typed() {
            return labels.stream().allMatch(label -> label.startsWith("typed "));
        }

        /** Typed, or one named template. */
        boolean known() {
            return typed() || labels.size() == 1 && !labels.contains("unmatched");
        }

        boolean consistent() {
            return labels.size() == 1 || typed();
        }

        @Override
        public String toString() {
            return labels.size() == 1 ? labels.iterator().next()
                    : (typed() ? "" : "inconsistent ") + String.join(" | ", labels);
        }
    }

    @BeforeAll
    static void parseEveryInstance() throws IOException {
        ObjectMapper json = new ObjectMapper();
        templates = new ArrayList<>();
        for (String line : Files.readAllLines(INVENTORY, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            List<String> releases = new ArrayList<>();
            node.get("releases").forEach(release -> releases.add(release.asText()));
            templates.add(new Template(node.get("id").asText(), node.get("template").asText(),
                    node.get("level").asText(), node.get("failover").isNull() ? null : node.get("failover").asText(),
                    node.get("placeholderOnly").asBoolean(), releases, node.get("pieces")));
        }
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Set<String> releases = templates.stream().flatMap(template -> template.releases().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String release : releases) {
            parseRelease(release, labels);
        }
        outcomes = new LinkedHashMap<>();
        labels.forEach((id, set) -> outcomes.put(id, new Outcome(set)));
        StringBuilder table = new StringBuilder();
        for (Template template : templates) {
            table.append(template.id()).append('\t').append(outcomes.get(template.id())).append('\t')
                    .append(template.releases().get(0)).append("..")
                    .append(template.releases().get(template.releases().size() - 1)).append('\t')
                    .append(template.level()).append('\t').append(template.failover() == null ? "-" : template.failover())
                    .append('\t').append(template.text().replace("\n", "\\n").replace("\t", "\\t")).append('\n');
        }
        Files.createDirectories(ACTUAL.getParent());
        Files.writeString(ACTUAL, table, StandardCharsets.UTF_8);
        StringBuilder unmatched = new StringBuilder();
        firstUnmatched.forEach((id, instance) -> unmatched.append(id).append('\t').append(instance).append('\n'));
        Files.writeString(UNMATCHED, unmatched, StandardCharsets.UTF_8);
    }

    private static void parseRelease(String release, Map<String, Set<String>> labels) {
        boolean exitLogged = compare(release, RELEASE_WITH_LOGGED_EXIT) >= 0;
        List<String> lines = new ArrayList<>(List.of(HEADER.split("\n")));
        Map<Long, String> templateAtLine = new HashMap<>();
        Map<Long, String> messageAtLine = new HashMap<>();
        for (Template template : templates) {
            if (!template.releases().contains(release)) {
                continue;
            }
            for (TemplateInstances.Forms forms : TemplateInstances.Forms.values()) {
                for (String message : TemplateInstances.messages(template.pieces(), release, forms)) {
                    // a line the next instance cannot continue, should that be a bare line no template knows
                    lines.add(FENCE);
                    templateAtLine.put((long) lines.size() + 1, template.id());
                    messageAtLine.put((long) lines.size() + 1, message);
                    lines.addAll(List.of(glogLines(template.level(), message, exitLogged).split("\n", -1)));
                }
            }
        }
        try {
            Files.write(ACTUAL.resolveSibling("template-instances-" + release + ".log"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FileParse parse = new GlogParser(ParserSettings.defaults()).open("mesos-master.INFO");
        List<ParseOutcome> parsed = new ArrayList<>();
        lines.forEach(line -> parse.accept(line, parsed::add));
        parse.finish(parsed::add);
        Map<Long, String> labelAtLine = new HashMap<>();
        for (ParseOutcome outcome : parsed) {
            long line = outcome instanceof ParseOutcome.Parsed parsedLine ? parsedLine.event().source().line()
                    : ((ParseOutcome.Malformed) outcome).source().line();
            labelAtLine.put(line, label(outcome));
        }
        // An instance without an outcome of its own was read as a continuation of the line before it.
        templateAtLine.forEach((line, id) -> {
            String label = labelAtLine.getOrDefault(line, "unmatched");
            labels.computeIfAbsent(id, key -> new LinkedHashSet<>()).add(label);
            if (label.equals("unmatched")) {
                firstUnmatched.putIfAbsent(id, release + "\t" + messageAtLine.get(line).replace("\n", "\\n"));
            }
        });
    }

    private static String glogLines(String level, String message, boolean exitLogged) {
        if (level.equals("EXIT")) {
            return exitLogged ? "E1202 10:00:01.123456  4242 master.cpp:2119] EXIT with status 1: " + message
                    : message;
        }
        char severity = switch (level) {
            case "WARNING" -> 'W';
            case "ERROR" -> 'E';
            case "FATAL" -> 'F';
            default -> 'I';
        };
        return severity + "1202 10:00:01.123456  4242 master.cpp:1234] " + message;
    }

    private static String label(ParseOutcome outcome) {
        if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
            return "unmatched";
        }
        MesosEvent event = parsed.event();
        if (event instanceof Unrecognized) {
            return "unmatched";
        }
        if (event instanceof KnownTemplate known) {
            return "named " + known.template();
        }
        return "typed " + kebab(event.getClass().getSimpleName());
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Test
    void shouldReadEveryInstanceOfATemplateTheSameWay() {
        assertThat(outcomes).as("templates with an outcome").hasSameSizeAs(templates);
        // A template that is only a placeholder (EXIT's bare <error> before 1.4) cannot be told from a continuation.
        assertThat(templates.stream().filter(template -> !template.placeholderOnly())
                .filter(template -> !outcomes.get(template.id()).consistent())
                .map(template -> template.id() + " " + outcomes.get(template.id()) + ": " + template.text()))
                .as("templates read differently by instance").isEmpty();
    }

    @Test
    void shouldTypeEveryFailoverRelevantTemplate() {
        assertThat(templates.stream().filter(template -> template.failover() != null)
                .filter(template -> !outcomes.get(template.id()).typed())
                .map(template -> template.id() + " " + outcomes.get(template.id()) + ": " + template.text()))
                .as("failover-relevant templates not typed").isEmpty();
    }

    @Test
    void shouldTypeOrNameNearlyEveryTemplateOfEachRelease() {
        // per release: typed or named, templates, failover-relevant typed, failover-relevant
        Map<String, double[]> shares = new TreeMap<>((a, b) -> compare(a, b));
        for (Template template : templates) {
            Outcome outcome = outcomes.get(template.id());
            for (String release : template.releases()) {
                double[] counts = shares.computeIfAbsent(release, key -> new double[4]);
                counts[1]++;
                counts[0] += outcome.known() ? 1 : 0;
                counts[3] += template.failover() != null ? 1 : 0;
                counts[2] += template.failover() != null && outcome.typed() ? 1 : 0;
            }
        }
        StringBuilder figures = new StringBuilder("release\tknown\ttemplates\tshare\tfailover typed\tfailover\n");
        shares.forEach((release, counts) -> figures.append(String.format(java.util.Locale.ROOT,
                "%s\t%.0f\t%.0f\t%.1f%%\t%.0f\t%.0f%n", release, counts[0], counts[1], 100 * counts[0] / counts[1],
                counts[2], counts[3])));
        System.out.print(figures);
        assertThat(shares).allSatisfy((release, counts) -> assertThat(counts[0] / counts[1])
                .as("share of typed or named templates in %s", release).isGreaterThanOrEqualTo(RELEASE_TARGET));
    }

    @Test
    void shouldKeepTheOutcomeOfEveryTemplate() throws IOException {
        assertThat(Files.readString(ACTUAL, StandardCharsets.UTF_8))
                .as("template outcomes; compare %s with %s", ACTUAL, EXPECTED)
                .isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }
}
