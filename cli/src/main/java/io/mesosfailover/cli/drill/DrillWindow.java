package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * When the incidents an expectation is about began: {@code between: [+9m, +11m]}, both ends included.
 *
 * @param from the earliest start
 * @param to the latest start
 */
public record DrillWindow(DrillTime from, DrillTime to) {

    /** Checks the ends. */
    public DrillWindow {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    /**
     * @throws IllegalArgumentException unless there are exactly two times
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DrillWindow of(List<DrillTime> ends) {
        if (ends == null || ends.size() != 2 || ends.contains(null)) {
            throw new IllegalArgumentException("between takes two times, [from, to]: [+9m, +11m]");
        }
        return new DrillWindow(ends.get(0), ends.get(1));
    }

    /** @return whether a start time falls in the window, relative times counted from {@code firstEvent} */
    public boolean contains(Instant start, Instant firstEvent) {
        return !start.isBefore(from.resolve(firstEvent)) && !start.isAfter(to.resolve(firstEvent));
    }

    @JsonValue
    List<DrillTime> ends() {
        return List.of(from, to);
    }

    @Override
    public String toString() {
        return "between " + from + " and " + to;
    }
}
