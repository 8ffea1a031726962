package io.mesosfailover.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mesosfailover.json.Json;
import org.junit.jupiter.api.Test;

class SavedPositionTest {

    @Test
    void shouldWriteEveryPropertyFlatAndReadItBack() {
        // Given
        SavedPosition saved = new SavedPosition("/var/log/mesos/mesos-master.INFO", null, 1024, 12, 2021, 3, null);

        // When
        String json = Json.write(saved);
        SavedPosition back = Json.read(json, SavedPosition.class);

        // Then
        assertThat(json).isEqualTo("{\"path\":\"/var/log/mesos/mesos-master.INFO\",\"fileKey\":null,\"offset\":1024,"
                + "\"nextLine\":12,\"year\":2021,\"month\":3,\"host\":null}");
        assertThat(back).isEqualTo(saved);
    }

    @Test
    void shouldStartAtLineOneWhenOnlyPathAndOffsetAreSaved() {
        // Given
        String json = "{\"path\":\"/logs/m1.INFO\",\"offset\":7}";

        // When
        SavedPosition saved = Json.read(json, SavedPosition.class);

        // Then
        assertThat(saved).isEqualTo(new SavedPosition("/logs/m1.INFO", null, 7, 1, 0, 0, null));
    }

    @Test
    void shouldRefuseAPositionWithoutOffset() {
        // Given
        String json = "{\"path\":\"/logs/m1.INFO\"}";

        // When / Then
        assertThatThrownBy(() -> Json.read(json, SavedPosition.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
    }
}
