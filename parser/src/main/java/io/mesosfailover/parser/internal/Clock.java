package io.mesosfailover.parser.internal;

/** The {@code hh:mm:ss.uuuuuu} time of day that glog prints. */
final class Clock {

    /** Characters of {@code hh:mm:ss.uuuuuu}. */
    static final int LENGTH = 15;

    private Clock() {
    }

    /** @return whether a well-formed time of day starts at {@code position} */
    static boolean isClockAt(CharSequence line, int position) {
        if (position + LENGTH > line.length()) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = line.charAt(position + i);
            boolean ok;
            switch (i) {
                case 2:
                case 5:
                    ok = c == ':';
                    break;
                case 8:
                    ok = c == '.';
                    break;
                default:
                    ok = GlogPrefix.isDigit(c);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
