package io.mesosfailover.parser;

/** The header lines glog writes at the top of every log file. */
public final class LogFileHeader {

    /** {@code Log file created at: 2015/05/01 23:00:56}: the date the file was opened (local time). */
    public static final String CREATED = "Log file created at: ";
    /** {@code Running on machine: master-1}: the host. */
    public static final String RUNNING_ON = "Running on machine: ";
    /** {@code Running duration (h:mm:ss): 0:00:00}. */
    public static final String DURATION = "Running duration (h:mm:ss): ";
    /** {@code Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg}. */
    public static final String LINE_FORMAT = "Log line format: ";

    private LogFileHeader() {
    }

    /** @return whether the line is one of the header lines */
    public static boolean isHeaderLine(String line) {
        return line.startsWith(CREATED) || line.startsWith(RUNNING_ON) || line.startsWith(DURATION)
                || line.startsWith(LINE_FORMAT);
    }
}
