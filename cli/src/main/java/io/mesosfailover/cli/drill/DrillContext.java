package io.mesosfailover.cli.drill;

import static java.util.Objects.requireNonNull;

import io.mesosfailover.event.ProcessAddress;
import io.mesosfailover.timeline.IncidentsByKind;
import io.mesosfailover.timeline.RegionMap;
import java.time.Instant;

/**
 * What a drill is judged against: the incidents of the logs, when they began and ended, the region map and the
 * drill's own window (for expectations without one).
 *
 * @param incidents the incidents, by kind
 * @param firstEvent the first event of the logs: relative times count from it
 * @param lastEvent the last event of the logs: open incidents last until then
 * @param regions the region map of the analysis
 * @param window the drill's window, {@code null} for all of the logs
 */
public record DrillContext(IncidentsByKind incidents, Instant firstEvent, Instant lastEvent, RegionMap regions,
        DrillWindow window) {

    /** Checks the components. */
    public DrillContext {
        requireNonNull(incidents, "incidents is null");
        requireNonNull(firstEvent, "firstEvent is null");
        requireNonNull(lastEvent, "lastEvent is null");
        requireNonNull(regions, "regions is null");
    }

    /** @return whether an incident that started then is in the expectation's window (else the drill's) */
    boolean inWindow(DrillWindow own, Instant start) {
        DrillWindow applied = own != null ? own : window;
        return applied == null || applied.contains(start, firstEvent);
    }

    /** @return the words for the window that applies */
    String windowText(DrillWindow own) {
        DrillWindow applied = own != null ? own : window;
        return applied == null ? "in the logs" : applied.toString();
    }

    /**
     * @param agent the subject host:port (or host) asked for, {@code null} for any
     * @param region the subject region asked for, {@code null} for any
     * @return whether an agent is the subject
     */
    boolean isAgent(ProcessAddress address, String agent, String region) {
        if (address == null) {
            return agent == null && region == null;
        }
        boolean agentMatches = agent == null || agent.equals(address.toString()) || agent.equals(address.host());
        return agentMatches && (region == null || region.equals(regions.regionOf(address.host())));
    }

    /**
     * @param address the agent of an incident
     * @param seenBy the master that saw it
     * @param agent the subject host:port (or host) asked for, {@code null} for any
     * @param region the subject region asked for, {@code null} for any
     * @param master the master asked for, {@code null} for any
     * @return whether the incident is about the subject: its agent, seen by its master
     */
    boolean isSubject(ProcessAddress address, String seenBy, String agent, String region, String master) {
        return isAgent(address, agent, region) && (master == null || master.equals(seenBy));
    }
}
