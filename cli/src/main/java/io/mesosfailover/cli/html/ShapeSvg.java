package io.mesosfailover.cli.html;

import static io.mesosfailover.cli.html.TimelineSvg.number;

import io.mesosfailover.cli.html.TimelineModel.Shape;

/** One shape of a mark as SVG, within its lane's row. */
final class ShapeSvg {

    private static final int ROW = TimelineSvg.ROW;

    private ShapeSvg() {
    }

    /**
     * @param shape what to draw
     * @param from the x of its start
     * @param to the x of its end (the end of the axis for an open bar)
     * @param top the top of the lane's row
     * @param open whether a bar is still open at the end of the input
     */
    static void append(Shape shape, double from, double to, int top, boolean open, StringBuilder out) {
        String css = shape.cssClass() + (open && shape.glyph() == TimelineModel.Glyph.BAR ? " open" : "");
        double middle = top + ROW / 2.0;
        switch (shape.glyph()) {
            case BAR:
                rect(css, from, top + 5, Math.max(1.5, to - from), ROW - 10, out);
                break;
            case WINDOW:
                rect(css, from, top + 2, Math.max(1, to - from), ROW - 4, out);
                break;
            case ELECTION:
                out.append("<path class=\"").append(css).append("\" d=\"M").append(number(from)).append(' ')
                        .append(number(middle - 6)).append("l5 6l-5 6l-5 -6z\"/>");
                break;
            case BACK:
                out.append("<circle class=\"").append(css).append("\" cx=\"").append(number(from)).append("\" cy=\"")
                        .append(number(middle)).append("\" r=\"4\"/>");
                if (shape.label() != null) {
                    out.append("<text class=\"id-label\" x=\"").append(number(from + 6)).append("\" y=\"")
                            .append(number(middle + 4)).append("\">").append(Html.text(shape.label())).append("</text>");
                }
                break;
            case REFUSED:
                out.append("<path class=\"").append(css).append("\" d=\"M").append(number(from - 4)).append(' ')
                        .append(number(middle - 4)).append("l8 8m0 -8l-8 8\"/>");
                break;
            case TICK:
                out.append("<path class=\"").append(css).append("\" d=\"M").append(number(from)).append(' ')
                        .append(top + 1).append("v").append(ROW - 2).append("\"/>");
                break;
            default:
                throw new IllegalStateException("unknown glyph " + shape.glyph());
        }
    }

    private static void rect(String css, double x, int y, double width, int height, StringBuilder out) {
        out.append("<rect class=\"").append(css).append("\" x=\"").append(number(x)).append("\" y=\"").append(y)
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(height).append("\"/>");
    }
}
