package io.mesosfailover.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class InfluxTargetTest {

    @Test
    void shouldNeverShowTokensOrPasswords() {
        // Given
        InfluxTarget v2 = new InfluxTarget.V2(URI.create("http://db:8086"), "ops", "mesos", Secret.of("t0ken-s3cret"));
        InfluxTarget v1 = new InfluxTarget.V1(URI.create("http://db:8086"), "mesos", "autogen", "writer",
                Secret.of("pa55-s3cret"));

        // When
        String printed = v2 + " " + v1 + " " + v2.describe() + " " + v1.describe();

        // Then
        assertThat(printed).doesNotContain("t0ken-s3cret", "pa55-s3cret").contains("****", "bucket mesos");
    }

    @Test
    void shouldBuildTheV1WriteUrl() {
        // Given
        InfluxTarget.V1 target = new InfluxTarget.V1(URI.create("http://db:8086/"), "mesos metrics", "one week",
                null, null);

        // When
        URI endpoint = V1Writer.endpoint(target);

        // Then
        assertThat(endpoint).hasToString("http://db:8086/write?db=mesos+metrics&rp=one+week&precision=ns");
    }
}
