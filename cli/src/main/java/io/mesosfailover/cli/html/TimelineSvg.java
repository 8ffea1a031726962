package io.mesosfailover.cli.html;

import io.mesosfailover.cli.html.TimelineModel.Band;
import io.mesosfailover.cli.html.TimelineModel.Lane;
import io.mesosfailover.cli.html.TimelineModel.Mark;
import io.mesosfailover.cli.html.TimelineModel.Section;
import io.mesosfailover.cli.html.TimelineModel.Shape;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link TimelineModel} as inline SVG: a time axis, a row per lane, the marks of each lane as focusable
 * groups whose {@code <title>} holds the incident's fields, the bands behind them. Every text is escaped.
 */
final class TimelineSvg {

    static final int LABEL_WIDTH = 220;
    static final int PLOT_WIDTH = 1000;
    static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + 20;
    static final int ROW = 20;
    static final int AXIS = 40;
    static final int CAPTION = 20;
    private static final int LABEL_CHARACTERS = 34;
    private static final long[] TICK_SECONDS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200,
        10_800, 21_600, 43_200, 86_400, 172_800, 604_800};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TimelineModel model;
    private final StringBuilder out;
    private final double secondsWide;
    private final Map<String, Integer> laneTops = new HashMap<>();
    private int height;

    private TimelineSvg(TimelineModel model, StringBuilder out) {
        this.model = model;
        this.out = out;
        this.secondsWide = Math.max(1e-6, Duration.between(model.from(), model.to()).toNanos() / 1e9);
    }

    /** Appends the SVG of one cluster's timeline to {@code out}. */
    static void write(TimelineModel model, StringBuilder out) {
        new TimelineSvg(model, out).draw();
    }

    private void draw() {
        int y = AXIS;
        for (Section section : model.sections()) {
            y += CAPTION;
            for (Lane lane : section.lanes()) {
                laneTops.put(lane.key(), y);
                y += ROW;
            }
        }
        height = y + 6;
        out.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"group\" aria-label=\"")
                .append(Html.attribute("timeline of cluster " + model.cluster())).append("\">\n");
        rows();
        axis();
        bands();
        y = AXIS;
        for (Section section : model.sections()) {
            out.append("<text class=\"caption\" x=\"4\" y=\"").append(y + CAPTION - 6).append("\">")
                    .append(Html.text(section.caption())).append("</text>\n");
            y += CAPTION;
            for (Lane lane : section.lanes()) {
                lane(section, lane, y);
                y += ROW;
            }
        }
        out.append("</svg>\n");
    }

    /** The lanes' backgrounds, first, so that bands and grid lines lie on top of them. */
    private void rows() {
        out.append("<g class=\"rows\">");
        int index = 0;
        for (Section section : model.sections()) {
            for (Lane lane : section.lanes()) {
                out.append("<rect class=\"row").append(index++ % 2 == 1 ? " odd" : "").append("\" x=\"0\" y=\"")
                        .append(laneTops.get(lane.key())).append("\" width=\"").append(WIDTH).append("\" height=\"")
                        .append(ROW).append("\"/>");
            }
        }
        out.append("</g>\n");
    }

    private void axis() {
        long step = tickStep();
        long first = Math.floorDiv(model.from().getEpochSecond() + step - 1, step) * step;
        out.append("<g class=\"axis\"><text class=\"axis-day\" x=\"4\" y=\"12\">")
                .append(Html.text(DAY.format(model.from()) + " UTC to " + DAY.format(model.to()) + " UTC"))
                .append("</text>\n");
        for (long second = first; second <= model.to().getEpochSecond(); second += step) {
            Instant tick = Instant.ofEpochSecond(second);
            String x = number(x(tick));
            out.append("<line class=\"grid\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(AXIS - 6).append("\" y2=\"").append(height).append("\"/><text class=\"tick\" x=\"")
                    .append(x).append("\" y=\"").append(AXIS - 10).append("\">").append(TIME.format(tick))
                    .append("</text>\n");
        }
        out.append("</g>\n");
    }

    private long tickStep() {
        for (long step : TICK_SECONDS) {
            if (secondsWide / step <= 12) {
                return step;
            }
        }
        return TICK_SECONDS[TICK_SECONDS.length - 1] * (long) Math.ceil(secondsWide / 12 / TICK_SECONDS[
                TICK_SECONDS.length - 1]);
    }

    private void bands() {
        out.append("<g class=\"bands\">\n");
        for (Band band : model.bands()) {
            Mark mark = band.mark();
            String from = number(x(band.from()));
            String width = number(Math.max(2, x(band.to() == null ? model.to() : band.to()) - x(band.from())));
            out.append("<g class=\"mark band ").append(band.cssClass()).append(band.to() == null ? " open" : "")
                    .append("\" tabindex=\"0\" data-kind=\"").append(Html.attribute(mark.kind()))
                    .append("\" data-id=\"").append(Html.attribute(mark.id())).append("\"><title>")
                    .append(Html.text(mark.details())).append("</title>");
            for (List<Integer> run : LaneRuns.of(band.laneKeys(), laneTops)) {
                out.append("<rect x=\"").append(from).append("\" y=\"").append(run.get(0) + 1).append("\" width=\"")
                        .append(width).append("\" height=\"").append(run.get(1) - run.get(0) - 2).append("\"/>");
            }
            out.append("</g>\n");
        }
        out.append("</g>\n");
    }

    private void lane(Section section, Lane lane, int top) {
        String label = lane.label().length() > LABEL_CHARACTERS
                ? lane.label().substring(0, LABEL_CHARACTERS - 1) + "\u2026" : lane.label();
        out.append("<g class=\"lane ").append(section.name()).append("\" data-lane=\"")
                .append(Html.attribute(lane.key())).append("\"><text class=\"label\" x=\"8\" y=\"").append(top + ROW - 6).append("\"><title>")
                .append(Html.text(lane.label())).append("</title>").append(Html.text(label)).append("</text>\n");
        for (Mark mark : lane.marks()) {
            out.append("<g class=\"mark ").append(Html.attribute(mark.kind())).append("\" tabindex=\"0\" data-kind=\"")
                    .append(Html.attribute(mark.kind())).append("\" data-id=\"").append(Html.attribute(mark.id()))
                    .append("\"><title>").append(Html.text(mark.details())).append("</title>");
            for (Shape shape : mark.shapes()) {
                ShapeSvg.append(shape, x(shape.from()), shape.to() == null ? x(model.to()) : x(shape.to()), top,
                        shape.to() == null, out);
            }
            out.append("</g>\n");
        }
        out.append("</g>\n");
    }

    private double x(Instant time) {
        double seconds = Duration.between(model.from(), time).toNanos() / 1e9;
        return LABEL_WIDTH + PLOT_WIDTH * seconds / secondsWide;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
