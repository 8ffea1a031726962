package io.mesosfailover.influx;

import java.util.List;

/** Sends one batch of line-protocol lines to the database, synchronously. */
interface PointWriter extends AutoCloseable {

    /**
     * Writes the lines.
     *
     * @throws WriteException when the database did not take them
     */
    void write(List<String> lines) throws WriteException;

    @Override
    void close();
}
