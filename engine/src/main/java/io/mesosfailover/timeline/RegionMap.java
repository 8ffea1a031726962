package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mesosfailover.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which region an address belongs to, from a YAML file of CIDR blocks:
 *
 * <pre>
 * regions:
 *   oslo: [10.0.19.0/24]
 *   frankfurt: [192.168.0.0/16]
 * </pre>
 *
 * The most specific block wins. IPv4 only; a host that is not an IPv4 address has no region.
 */
public final class RegionMap {

    /** No regions. */
    public static final RegionMap EMPTY = new RegionMap(List.of());

    private final List<Block> blocks;

    private RegionMap(List<Block> blocks) {
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort((left, right) -> Integer.compare(right.prefixLength, left.prefixLength));
        this.blocks = List.copyOf(sorted);
    }

    /**
     * Reads a region file.
     *
     * @throws IllegalArgumentException naming the region and block when a CIDR block is invalid, the key and its
     *     line when a key is given twice (YAML keeps only the last, and the regions of the first would vanish), and
     *     the line and the problem when the file is not YAML
     * @throws IOException when the file cannot be read
     */
    public static RegionMap load(Path file) throws IOException {
        return read(file.toString(), mapper -> mapper.readTree(file.toFile()));
    }

    /**
     * Reads the text of a region file, as {@link #load} reads the file.
     *
     * @param origin what the text is, for the messages
     * @throws IllegalArgumentException when the text is not YAML, or not a valid region map
     */
    public static RegionMap parse(String yaml, String origin) {
        try {
            return read(origin, mapper -> mapper.readTree(yaml));
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static RegionMap read(String origin, TreeReading reading) throws IOException {
        JsonNode root;
        try {
            root = reading.read(new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)));
        } catch (JsonParseException e) {
            String line = origin + " line " + e.getLocation().getLineNr();
            if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new IllegalArgumentException(line + ": not YAML: " + Json.problem(e), e);
            }
            String key = e.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
            throw new IllegalArgumentException(line + ": '" + key + "' is given twice; merge its blocks into one entry",
                    e);
        }
        JsonNode regions = root == null ? null : root.get("regions");
        if (regions == null || !regions.isObject()) {
            throw new IllegalArgumentException(origin + ": expected a 'regions:' mapping of region name to CIDR blocks");
        }
        List<Block> blocks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> region : regions.properties()) {
            JsonNode cidrs = region.getValue();
            if (cidrs.isTextual()) {
                blocks.add(Block.parse(region.getKey(), cidrs.asText()));
            } else {
                for (JsonNode cidr : cidrs) {
                    blocks.add(Block.parse(region.getKey(), cidr.asText()));
                }
            }
        }
        return new RegionMap(blocks);
    }

    /** How the YAML tree of a region map is read: from a file or from a text. */
    private interface TreeReading {
        JsonNode read(ObjectMapper mapper) throws IOException;
    }

    /** @return a map of the given region to CIDR list pairs: {@code of("oslo", "10.0.19.0/24", ...)} */
    public static RegionMap of(String... regionThenCidr) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < regionThenCidr.length; i += 2) {
            blocks.add(Block.parse(regionThenCidr[i], regionThenCidr[i + 1]));
        }
        return new RegionMap(blocks);
    }

    /** @return whether no region is defined */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** @return the region of a host (IPv4 text), or {@code null} when none contains it */
    public String regionOf(String host) {
        requireNonNull(host, "host is null");
        long address = Block.ipv4(host);
        if (address < 0) {
            return null;
        }
        for (Block block : blocks) {
            if (block.contains(address)) {
                return block.region;
            }
        }
        return null;
    }

    private static final class Block {

        private final String region;
        private final long network;
        private final long mask;
        private final int prefixLength;

        private Block(String region, long network, int prefixLength) {
            this.region = region;
            this.prefixLength = prefixLength;
            this.mask = prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
            this.network = network & mask;
        }

        static Block parse(String region, String cidr) {
            int slash = cidr.indexOf('/');
            long address = ipv4(slash < 0 ? cidr : cidr.substring(0, slash));
            int prefix;
            try {
                prefix = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (address < 0 || prefix < 0 || prefix > 32) {
                throw new IllegalArgumentException("region '" + region + "': not an IPv4 CIDR block: '" + cidr + "'");
            }
            return new Block(region, address, prefix);
        }

        boolean contains(long address) {
            return (address & mask) == network;
        }

        static long ipv4(String text) {
            String[] parts = text.strip().split("\\.", -1);
            if (parts.length != 4) {
                return -1;
            }
            long value = 0;
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                    return -1;
                }
                int octet = Integer.parseInt(part);
                if (octet > 255) {
                    return -1;
                }
                value = (value << 8) | octet;
            }
            return value;
        }
    }
}
