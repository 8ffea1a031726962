package io.mesosfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.influx.InfluxTarget;
import io.mesosfailover.influx.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfluxOptionsTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadTheV2TokenFromTheEnvironmentOrAFile() throws IOException {
        // Given
        InfluxOptions options = v2Options();
        InfluxOptions withFile = v2Options();
        withFile.tokenFile = Files.writeString(folder.resolve("token"), "from-file\n");

        // When
        InfluxTarget fromEnvironment = options.target(Map.of("INFLUX_TOKEN", "from-env"));
        InfluxTarget fromFile = withFile.target(Map.of("INFLUX_TOKEN", "from-env"));

        // Then
        assertThat(fromEnvironment).isEqualTo(new InfluxTarget.V2(URI.create("http://db:8086"), "ops", "mesos",
                Secret.of("from-env")));
        assertThat(((InfluxTarget.V2) fromFile).token().reveal()).isEqualTo("from-file");
        assertThat(fromFile.toString()).doesNotContain("from-file");
    }

    @Test
    void shouldBuildAV1TargetWithAPasswordFile() throws IOException {
        // Given
        InfluxOptions options = new InfluxOptions();
        options.url = URI.create("http://db:8086");
        options.v1 = true;
        options.database = "mesos";
        options.user = "writer";
        options.passwordFile = Files.writeString(folder.resolve("password"), "s3cret");

        // When
        InfluxTarget target = options.target(Map.of());

        // Then
        assertThat(target).isEqualTo(new InfluxTarget.V1(URI.create("http://db:8086"), "mesos", null, "writer",
                Secret.of("s3cret")));
    }

    @Test
    void shouldSayWhatIsMissing() {
        // Given
        InfluxOptions noToken = v2Options();
        InfluxOptions noDatabase = new InfluxOptions();
        noDatabase.url = URI.create("http://db:8086");
        noDatabase.v1 = true;
        InfluxOptions none = new InfluxOptions();

        // When / Then
        assertThatThrownBy(() -> noToken.target(Map.of())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("INFLUX_TOKEN");
        assertThatThrownBy(() -> noDatabase.target(Map.of())).isInstanceOf(UserInputException.class)
                .hasMessageContaining("--influx-db");
        assertThat(none.target(Map.of())).isNull();
    }

    private static InfluxOptions v2Options() {
        InfluxOptions options = new InfluxOptions();
        options.url = URI.create("http://db:8086");
        options.org = "ops";
        options.bucket = "mesos";
        return options;
    }
}
