package io.mesosfailover.cli.html;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What one cluster's timeline draws, before any coordinate is chosen: lanes of masters, agents and tasks on one
 * time axis, marks on the lanes, bands across lanes.
 *
 * @param cluster the cluster
 * @param from the left end of the time axis
 * @param to the right end of the time axis (the end of the input: marks still open reach it)
 * @param sections the groups of lanes, top to bottom
 * @param bands what spans several lanes (leaderless periods, region outages), drawn behind the marks
 */
record TimelineModel(String cluster, Instant from, Instant to, List<Section> sections, List<Band> bands) {

    /** Checks and copies. */
    TimelineModel {
        requireNonNull(cluster, "cluster is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        sections = List.copyOf(sections);
        bands = List.copyOf(bands);
    }

    /**
     * Lanes of one kind.
     *
     * @param name {@code masters}, {@code agents} or {@code tasks}
     * @param caption the heading drawn above the lanes (it says when lanes were grouped)
     * @param lanes the lanes
     */
    record Section(String name, String caption, List<Lane> lanes) {
        Section {
            lanes = List.copyOf(lanes);
        }
    }

    /**
     * One row of the timeline.
     *
     * @param key what the lane follows: a master host, an agent's host:port, a region, an application
     * @param label the text at its left
     * @param marks what is drawn on it
     */
    record Lane(String key, String label, List<Mark> marks) {
        Lane {
            marks = List.copyOf(marks);
        }
    }

    /**
     * One thing a reader can point at or tab to: an incident (or a leader term) drawn as one or more shapes.
     *
     * @param kind the incident kind, or {@code leader-term}
     * @param id the incident id, or a term's own id
     * @param details the fields shown on hover and focus
     * @param shapes what is drawn
     */
    record Mark(String kind, String id, String details, List<Shape> shapes) {
        Mark {
            shapes = List.copyOf(shapes);
        }
    }

    /**
     * A bar from {@code from} to {@code to}, or a glyph at {@code from}.
     *
     * @param glyph how it is drawn
     * @param cssClass its style
     * @param from where it starts (or stands)
     * @param to where a bar ends; {@code null} for a bar still open at the end of the input, unused by glyphs
     * @param label a short text drawn beside it (a new agent id), {@code null} for none
     */
    record Shape(Glyph glyph, String cssClass, Instant from, Instant to, String label) {
        Shape {
            requireNonNull(glyph, "glyph is null");
            requireNonNull(from, "from is null");
        }
    }

    /** How a shape is drawn. */
    enum Glyph {
        /** A bar over a span of time. */
        BAR,
        /** A thin bracket over a span: a compliance window. */
        WINDOW,
        /** A diamond: an election. */
        ELECTION,
        /** A circle: an agent back. */
        BACK,
        /** A cross: a refused re-registration. */
        REFUSED,
        /** A vertical tick: the moment a master acted. */
        TICK
    }

    /**
     * A span drawn across lanes.
     *
     * @param mark what it is (its details on hover and focus); its shapes are unused
     * @param cssClass its style
     * @param from where it starts
     * @param to where it ends, {@code null} while open at the end of the input
     * @param laneKeys the lanes it covers, by section name and lane key ({@code masters/mesos-master-1})
     */
    record Band(Mark mark, String cssClass, Instant from, Instant to, List<String> laneKeys) {
        Band {
            laneKeys = List.copyOf(laneKeys);
        }
    }
}
