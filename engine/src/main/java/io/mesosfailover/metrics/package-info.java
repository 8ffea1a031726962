/**
 * Metrics: incidents and parse statistics as points (measurement, tags, fields, time) for a time-series database,
 * and their JSON form for the {@code mesos.metrics} topic. Pure mapping: no database client types here. The schema
 * is documented in {@code docs/metrics-schema.md}.
 */
package io.mesosfailover.metrics;
