package io.mesosfailover.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps points that stand for different things from overwriting each other. InfluxDB identifies a point by
 * measurement, tags and time, so two incidents of one measurement with the same tags that start in the same
 * microsecond (tasks lost together, agents a new leader gives up on at its election) would be one point. Log times
 * have microseconds, so the nanoseconds below them are free: the points of such a group keep their order by
 * {@code id} field and the n-th (from 0) is moved n nanoseconds later. The same points give the same times, so
 * re-runs stay idempotent.
 */
public final class PointKeys {

    private static final Comparator<MetricPoint> BY_ID =
            Comparator.comparing(point -> String.valueOf(point.fields().get("id")));

    private PointKeys() {
    }

    /** @return the points in their order, each group of equal keys spread over whole nanoseconds */
    public static List<MetricPoint> disambiguate(List<MetricPoint> points) {
        Map<Key, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            groups.computeIfAbsent(Key.of(points.get(i)), key -> new ArrayList<>()).add(i);
        }
        List<MetricPoint> result = new ArrayList<>(points);
        for (List<Integer> group : groups.values()) {
            if (group.size() > 1) {
                List<Integer> byId = new ArrayList<>(group);
                byId.sort(Comparator.comparing(points::get, BY_ID));
                for (int n = 0; n < byId.size(); n++) {
                    result.set(byId.get(n), points.get(byId.get(n)).plusNanos(n));
                }
            }
        }
        return result;
    }

    /**
     * What InfluxDB identifies a point by.
     *
     * @param measurement the measurement
     * @param tags the tags
     * @param epochSecond the seconds of the time
     * @param nano the nanoseconds of the time
     */
    public record Key(String measurement, Map<String, String> tags, long epochSecond, int nano) {
        /** @return the key of a point */
        public static Key of(MetricPoint point) {
            return new Key(point.measurement(), point.tags(), point.time().getEpochSecond(), point.time().getNano());
        }
    }
}
