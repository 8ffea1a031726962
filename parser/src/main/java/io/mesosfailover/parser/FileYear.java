package io.mesosfailover.parser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The year of a file's lines and where it came from, said once per file.
 *
 * @param file the file
 * @param source where the year came from (in JSON, {@code yearSource})
 * @param year the year of the file's first dated line, 0 when {@code source} is {@link YearSource#NONE}
 * @param problem what could not be read on the way (an unreadable header date), {@code null} when nothing
 */
public record FileYear(String file, @JsonProperty("yearSource") YearSource source, int year, String problem) {

    /** Checks the components. */
    public FileYear {
        requireNonNull(file, "file is null");
        requireNonNull(source, "source is null");
    }

    /** @return one line for the user: {@code mesos-master.INFO: year 2016 from the 'Log file created at:' header} */
    public String describe() {
        String text = source == YearSource.NONE ? file + ": no year needed"
                : file + ": year " + year + " from " + source.description();
        return problem == null ? text : text + "; " + problem;
    }
}
