package io.mesosfailover.source;

import java.io.IOException;

/**
 * An input the user named that cannot be used: a missing file, a glob that matches nothing or is malformed, a folder
 * that cannot be listed or holds no file, standard input named twice. The message is worded for the user and starts
 * with the input.
 */
public final class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
