/**
 * Writes metric points to InfluxDB: the v2 write API through influxdb-client-java, or the v1 {@code /write}
 * endpoint of InfluxDB 1.x, both with line protocol built by the client's {@code Point}; batched, retried with
 * exponential backoff, and held in a bounded buffer while the database is down ({@link MetricsSink}).
 */
package io.mesosfailover.influx;
