package io.mesosfailover.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateFieldsTest {

    @Test
    void keepsTheTemplatesOrderAndEqualsAnyMapWithTheSameFields() {
        TemplateFields fields = TemplateFields.of(new String[] {"count", "framework"}, new String[] {"4", "f-1"});
        assertThat(fields.keySet()).containsExactly("count", "framework");
        assertThat(fields.get("framework")).isEqualTo("f-1");
        assertThat(fields.get("missing")).isNull();
        assertThat(fields.containsKey("count")).isTrue();
        Map<String, String> same = new LinkedHashMap<>();
        same.put("framework", "f-1");
        same.put("count", "4");
        assertThat(fields).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(TemplateFields.copyOf(same).keySet()).containsExactly("framework", "count");
        assertThat(TemplateFields.copyOf(fields)).isSameAs(fields);
    }

    @Test
    void cannotBeChanged() {
        TemplateFields fields = TemplateFields.of(new String[] {"count"}, new String[] {"4"});
        assertThatThrownBy(() -> fields.put("count", "5")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.entrySet().iterator().next().setValue("5"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.remove("count")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesRepeatedOrMissingNamesAndValues() {
        assertThatThrownBy(() -> TemplateFields.of(new String[] {"a", "a"}, new String[] {"1", "2"}))
                .hasMessageContaining("repeats");
        assertThatThrownBy(() -> TemplateFields.of(new String[] {"a"}, new String[] {"1", "2"}))
                .hasMessageContaining("1 names for 2 values");
        assertThatThrownBy(() -> TemplateFields.of(new String[] {"a"}, new String[] {null}))
                .hasMessageContaining("null");
    }
}
