package io.mesosfailover.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The position of {@code ingest} in one file, as kept on the positions topic.
 *
 * @param path the path followed
 * @param fileKey the identity of the file the position is in
 * @param position where to resume
 */
public record SavedPosition(String path, String fileKey, ReadPosition position) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return this as JSON */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", path).put("fileKey", fileKey).put("offset", position.offset())
                .put("nextLine", position.nextLine()).put("year", position.year()).put("month", position.month())
                .put("host", position.host());
        return node.toString();
    }

    /**
     * @return the position in this JSON
     * @throws IllegalArgumentException if it is not one
     */
    public static SavedPosition fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.hasNonNull("path") || !node.hasNonNull("offset")) {
                throw new IllegalArgumentException("not a saved position: " + json);
            }
            return new SavedPosition(node.get("path").asText(), node.path("fileKey").asText(null),
                    new ReadPosition(node.get("offset").asLong(), node.path("nextLine").asLong(1),
                            node.path("year").asInt(0), node.path("month").asInt(0), node.path("host").asText(null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
