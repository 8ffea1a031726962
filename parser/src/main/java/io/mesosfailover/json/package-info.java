/**
 * The one JSON mapping of mesos-failover: {@link io.mesosfailover.json.Json} holds the only mapper configuration,
 * and every JSON form (events, incidents, metric points, saved positions, reports, topic values) is the databind
 * of a record with it.
 */
package io.mesosfailover.json;
