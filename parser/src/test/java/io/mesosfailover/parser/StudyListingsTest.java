package io.mesosfailover.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesosfailover.event.AgentDeactivated;
import io.mesosfailover.event.AgentDeactivating;
import io.mesosfailover.event.AgentDisconnecting;
import io.mesosfailover.event.AgentHealthCheckTimedOut;
import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.AgentRegistered;
import io.mesosfailover.event.AgentRegistering;
import io.mesosfailover.event.AgentRemoving;
import io.mesosfailover.event.AgentReregistrationRefused;
import io.mesosfailover.event.AgentShutdownRequested;
import io.mesosfailover.event.AllocatorAgentAdded;
import io.mesosfailover.event.AllocatorAgentRemoved;
import io.mesosfailover.event.LostAgentNotified;
import io.mesosfailover.event.MesosEvent;
import io.mesosfailover.event.ProcessAddress;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The study's Listing 1 (agent reboot) and Listing 2 (health-check removal), rebuilt with full glog prefixes. */
class StudyListingsTest {

    private static final String MASTER = "20150501-230056-2407081856-5050-5669";
    private static final ProcessAddress AGENT = ProcessAddress.parse("slave(1)@192.168.187.205:5051");

    @Test
    void shouldReadListingOneAsDisconnectAndNewRegistration() {
        // When
        List<MesosEvent> events = events("study-listing-1.log");

        // Then
        assertThat(events).extracting(Object::getClass).containsExactly(AgentDisconnecting.class,
                AgentDeactivating.class, AgentDeactivated.class, AgentRegistering.class, AgentRegistered.class,
                AllocatorAgentAdded.class);
        AgentDisconnecting disconnecting = (AgentDisconnecting) events.get(0);
        assertThat(disconnecting.time()).isEqualTo(Instant.parse("2015-05-02T17:00:26.087030Z"));
        assertThat(disconnecting.agentId()).isEqualTo(new AgentId(MASTER + "-S0"));
        assertThat(disconnecting.agent()).isEqualTo(AGENT);
        AgentRegistered registered = (AgentRegistered) events.get(4);
        assertThat(registered.agentId()).isEqualTo(new AgentId(MASTER + "-S3"));
        assertThat(registered.agent()).isEqualTo(AGENT);
        assertThat(registered.source().host()).isEqualTo("10.0.19.5");
        assertThat(registered.source().line()).isEqualTo(8);
    }

    @Test
    void shouldReadListingTwoAsHealthCheckRemovalRefusedReturnAndNewId() {
        // When
        List<MesosEvent> events = events("study-listing-2.log");

        // Then
        assertThat(events).extracting(Object::getClass).containsExactly(AgentHealthCheckTimedOut.class,
                AgentShutdownRequested.class, AgentRemoving.class, AllocatorAgentRemoved.class, LostAgentNotified.class,
                AgentReregistrationRefused.class, AgentRegistering.class);
        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2015-05-02T17:34:23.298998Z"));
        assertThat(((AgentShutdownRequested) events.get(1)).message()).isEqualTo("health check timed out");
        LostAgentNotified notified = (LostAgentNotified) events.get(4);
        assertThat(notified.frameworkName()).isEqualTo("marathon");
        assertThat(notified.agentId()).isEqualTo(new AgentId(MASTER + "-S3"));
        AgentReregistrationRefused refused = (AgentReregistrationRefused) events.get(5);
        assertThat(refused.agent()).isEqualTo(AGENT);
        assertThat(((AgentRegistering) events.get(6)).agentId()).isEqualTo(new AgentId(MASTER + "-S4"));
    }

    private static List<MesosEvent> events(String log) {
        return ParseFiles.parse(new GlogParser(ParserSettings.defaults()), ParseFiles.resource(log)).outcomes().stream()
                .map(outcome -> ((ParseOutcome.Parsed) outcome).event()).collect(Collectors.toList());
    }
}
