package io.mesosfailover.influx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A token or password: kept out of {@code toString}, so that no configuration print or log shows it. */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = requireNonNull(value, "value is null");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("secret is empty");
        }
    }

    /** @return a secret of the given text */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * Reads a secret from a file: its content without surrounding white space.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is empty
     */
    public static Secret fromFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        return new Secret(text);
    }

    /** @return the secret itself, for the one place that sends it */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret && ((Secret) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
