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
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("the secret holds a line break or another control character");
        }
    }

    /** @return a secret of the given text */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /**
     * Reads a secret from a file: its one line, without surrounding white space.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is empty, holds more than one line or a control character (it would
     *     make an invalid request header, found out only after the retries)
     */
    public static Secret fromFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        long lines = text.lines().count();
        if (lines > 1) {
            throw new IllegalArgumentException(file + " holds " + lines + " lines; it must hold the secret alone, on"
                    + " one line");
        }
        try {
            return new Secret(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
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
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
