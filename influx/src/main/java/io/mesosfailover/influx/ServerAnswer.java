package io.mesosfailover.influx;

import java.util.ArrayList;
import java.util.List;

/**
 * A database's error answer as it may be shown: a server (or a proxy before it) can echo the request's headers, so
 * every secret sent with the request is cut out, and the answer is cut short.
 */
final class ServerAnswer {

    /** The longest part of an answer shown. */
    static final int SHOWN_CHARS = 300;
    /** What stands for a secret in a shown answer. */
    static final String REDACTED = "****";

    private final List<String> secrets;

    /** @param secrets the texts that must not be shown: tokens, passwords, the encoded credentials */
    ServerAnswer(List<String> secrets) {
        List<String> kept = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                kept.add(secret);
            }
        }
        // longest first, so that a secret that holds another is cut out whole
        kept.sort((left, right) -> Integer.compare(right.length(), left.length()));
        this.secrets = List.copyOf(kept);
    }

    /** @return the answer without secrets, stripped, at most {@link #SHOWN_CHARS} characters and a note of the rest */
    String shown(String answer) {
        if (answer == null) {
            return "";
        }
        String redacted = answer;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, REDACTED);
        }
        redacted = redacted.strip();
        if (redacted.length() <= SHOWN_CHARS) {
            return redacted;
        }
        return redacted.substring(0, SHOWN_CHARS) + "... (" + (redacted.length() - SHOWN_CHARS)
                + " more characters)";
    }
}
