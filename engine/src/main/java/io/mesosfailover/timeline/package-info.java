/**
 * The timeline engine: plain Java that turns Mesos events, in time order, into incidents (agent failovers,
 * timeout compliance, leader failovers, leaderless periods, region outages, task rescheduling).
 */
package io.mesosfailover.timeline;
