package io.mesosfailover.influx;

import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.Point;
import io.mesosfailover.metrics.MetricPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Metric points as InfluxDB line protocol, built by influxdb-client-java's {@link Point}, nanosecond times. */
public final class LineProtocol {

    private LineProtocol() {
    }

    /** @return one line, such as {@code agent_failover,cluster=default downtime_s=12.03,id="..." 1615299000000000000} */
    public static String of(MetricPoint point) {
        return Point.measurement(point.measurement()).addTags(point.tags()).addFields(point.fields())
                .time(nanos(point.time()), WritePrecision.NS).toLineProtocol();
    }

    /** @return the lines of the points, in order */
    public static List<String> of(List<MetricPoint> points) {
        List<String> lines = new ArrayList<>(points.size());
        for (MetricPoint point : points) {
            lines.add(of(point));
        }
        return lines;
    }

    /** @return nanoseconds since the epoch */
    public static long nanos(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
    }
}
