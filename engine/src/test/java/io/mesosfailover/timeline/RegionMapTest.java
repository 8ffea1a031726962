package io.mesosfailover.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionMapTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadRegionsAndPreferTheMostSpecificBlock() throws IOException {
        // Given
        Path file = Files.writeString(folder.resolve("regions.yaml"),
                "regions:\n  oslo: [10.0.0.0/8]\n  ireland: 10.0.20.0/24\n");

        // When
        RegionMap regions = RegionMap.load(file);

        // Then
        assertThat(regions.regionOf("10.0.20.7")).isEqualTo("ireland");
        assertThat(regions.regionOf("10.9.0.1")).isEqualTo("oslo");
        assertThat(regions.regionOf("mesos-master-1")).isNull();
    }

    @Test
    void shouldRefuseARegionGivenTwiceNamingItAndItsLine() throws IOException {
        // Given
        Path file = Files.writeString(folder.resolve("regions.yaml"),
                "regions:\n  oslo: [10.0.19.0/24]\n  ireland: [10.0.20.0/24]\n  oslo: [10.0.21.0/24]\n");

        // When / Then
        assertThatThrownBy(() -> RegionMap.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " line 4: 'oslo' is given twice; merge its blocks into one entry");
    }

    @Test
    void shouldReadATextAsItReadsTheFile() {
        // When
        RegionMap regions = RegionMap.parse("regions:\n  oslo: [10.0.0.0/8]\n  ireland: 10.0.20.0/24\n", "test");

        // Then
        assertThat(regions.regionOf("10.0.20.7")).isEqualTo("ireland");
        assertThat(regions.regionOf("10.9.0.1")).isEqualTo("oslo");
        assertThat(regions.regionOf("192.168.0.1")).isNull();
    }

    @Test
    void shouldRefuseATextThatIsNotARegionMapNamingWhereItCameFrom() {
        // When / Then
        assertThatThrownBy(() -> RegionMap.parse("regions:\n  oslo: [10.0.19.0/24]\n  oslo: [10.0.21.0/24]\n", "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test line 3: 'oslo' is given twice; merge its blocks into one entry");
        assertThatThrownBy(() -> RegionMap.parse("zones: {}\n", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test: expected a 'regions:' mapping of region name to CIDR blocks");
        assertThatThrownBy(() -> RegionMap.parse("regions: [oslo\n", "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test line 1: not YAML: ");
    }

    @Test
    void shouldRefuseAFileThatIsNotYamlInOneLineNamingTheFileAndTheLine() throws IOException {
        // Given: a flow sequence that never closes
        Path file = Files.writeString(folder.resolve("regions.yaml"), "regions: [\n");

        // When / Then: the parser's words, without the lines that quote the text and point at it
        assertThatThrownBy(() -> RegionMap.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " line 1: not YAML: while parsing a flow node, expected the node content, but found"
                        + " '<stream end>'");
    }
}
