package io.mesosfailover.cli.html;

/** The key to the timeline's colours and glyphs. */
final class Legend {

    private static final String[][] ENTRIES = {
        {"<rect class=\"leader\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "leader term"},
        {"<path class=\"election\" d=\"M12 3l5 6l-5 6l-5 -6z\"/>", "election"},
        {"<rect class=\"gap\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "leader gap"},
        {"<rect class=\"recovery\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "agents re-registering"},
        {"<g class=\"band leaderless\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"16\"/></g>", "no leader"},
        {"<rect class=\"lost\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "agent lost"},
        {"<rect class=\"removed\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "removed or unreachable"},
        {"<circle class=\"back\" cx=\"12\" cy=\"9\" r=\"4\"/>", "back"},
        {"<circle class=\"back new-id\" cx=\"12\" cy=\"9\" r=\"4\"/>", "back with a new id"},
        {"<path class=\"refused\" d=\"M8 5l8 8m0 -8l-8 8\"/>", "re-registration refused"},
        {"<rect class=\"window\" x=\"4\" y=\"2\" width=\"16\" height=\"14\"/><path class=\"acted\" d=\"M10 2v14\"/>",
            "health-check window, action"},
        {"<g class=\"band region\"><rect x=\"1\" y=\"1\" width=\"22\" height=\"16\"/></g>", "region outage"},
        {"<rect class=\"task\" x=\"1\" y=\"5\" width=\"22\" height=\"8\"/>", "task lost to relaunched"},
    };

    private Legend() {
    }

    static void write(StringBuilder out) {
        out.append("<ul class=\"legend\">\n");
        for (String[] entry : ENTRIES) {
            out.append("<li><svg width=\"24\" height=\"18\" viewBox=\"0 0 24 18\" aria-hidden=\"true\">")
                    .append(entry[0]).append("</svg>").append(entry[1]).append("</li>\n");
        }
        out.append("</ul>\n");
    }
}
