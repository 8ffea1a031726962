package io.mesosfailover.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryOperationTest {

    @ParameterizedTest
    @CsvSource({"admit, ADMIT", "readmit, READMIT", "remove, REMOVE", "unreachable, MARK_UNREACHABLE",
        "gone, MARK_GONE", "update, UPDATE", "Readmit, READMIT", "UNREACHABLE, MARK_UNREACHABLE"})
    void shouldReadTheWordOfEachOperationInAnyCase(String word, RegistryOperation expected) {
        // When
        RegistryOperation operation = RegistryOperation.ofWord(word);

        // Then
        assertThat(operation).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mark", "admitted", "mark_unreachable", "MARK_GONE"})
    void shouldRefuseAnyOtherWord(String word) {
        // When / Then
        assertThatThrownBy(() -> RegistryOperation.ofWord(word)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a registry operation: '" + word + "'");
    }
}
