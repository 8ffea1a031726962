package io.mesosfailover.cli.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.mesosfailover.json.Json;
import io.mesosfailover.timeline.Incident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An incident's fields as {@code name: value} lines, the id first: what a mark of the timeline shows. */
final class IncidentFields {

    private IncidentFields() {
    }

    /** @return the fields of the incident's JSON form (docs/incidents.md), empty ones left out */
    static String of(Incident incident) {
        List<String> lines = new ArrayList<>();
        lines.add("id: " + incident.id());
        for (Map.Entry<String, JsonNode> field : Json.mapper().<JsonNode>valueToTree(incident).properties()) {
            if (!"id".equals(field.getKey()) && !field.getValue().isNull()) {
                lines.add(field.getKey() + ": " + value(field.getValue()));
            }
        }
        return String.join("\n", lines);
    }

    private static String value(JsonNode node) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return String.join(", ", items);
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }
}
