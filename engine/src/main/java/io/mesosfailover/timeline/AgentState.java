package io.mesosfailover.timeline;

import io.mesosfailover.event.AgentId;
import io.mesosfailover.event.ProcessAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine knows of one agent (one host:port, slot {@link StateSlots#AGENT}), as a state with its
 * transitions. Each transition returns the next state; nothing is changed in place.
 *
 * <pre>
 *   Registered --lose (disconnected, deactivated, health check, removal)--> Lost --remove--> Removed
 *       ^                                                                     |                |
 *       +-----------close (registered again: same id or a new one)-----------+----------------+
 * </pre>
 *
 * An open failover ends with the Registered or Re-registered line; at the end of the input it stays not recovered.
 */
sealed interface AgentState extends StateRecord permits AgentState.Registered, AgentState.Down {

    /** @return what is known of the agent whatever its state */
    Known known();

    /** @return this state with {@code other} known of the agent */
    AgentState withKnown(Known other);

    /** @return this state with the id the agent goes by now noted (and counted in the open failover's ids) */
    AgentState withId(AgentId id);

    /**
     * What is known of an agent whatever its state.
     *
     * @param agent its host:port
     * @param hostname its host name, {@code null} until a line gave it
     * @param currentId the id it goes by now, {@code null} until a line gave it
     * @param rateLimited whether the master said it would act on a health check with a rate limit
     */
    record Known(ProcessAddress agent, String hostname, AgentId currentId, boolean rateLimited) {
    }

    /** A registered agent: no failover open. */
    record Registered(Known known) implements AgentState {

        /** @return the state of an agent first seen now */
        static Registered of(ProcessAddress agent) {
            return new Registered(new Known(agent, null, null, false));
        }

        @Override
        public Registered withKnown(Known other) {
            return new Registered(other);
        }

        @Override
        public Registered withId(AgentId id) {
            return new Registered(new Known(known.agent(), known.hostname(), id, known.rateLimited()));
        }

        /**
         * @param evidence what showed the loss ({@code disconnected}, {@code health-check}, ...)
         * @param estimated whether the time is estimated back from a health-check action
         * @param master the master that saw it
         * @param clockMark the clock watch's mark now
         * @return the agent lost at {@code time}
         */
        Lost lose(Instant time, String evidence, boolean estimated, String master, long clockMark) {
            List<AgentId> ids = known.currentId() == null ? List.of() : List.of(known.currentId());
            return new Lost(known, new Failover(time, evidence, estimated, master, clockMark, ids, false, null, null,
                    false, null, null, null));
        }
    }

    /** An agent whose failover is open: lost, and maybe removed. */
    sealed interface Down extends AgentState permits Lost, Removed {

        /** @return the open failover */
        Failover failover();

        /** @return how the master removed it, {@code null} while it did not */
        Removal removal();

        /** @return this state with the failover as given */
        Down withFailover(Failover other);

        /**
         * @param forNewRegistration whether the master dropped the old registration because the same pid registers
         *     anew ({@code Removing old disconnected agent ... because a registration attempt ...}): a reboot, which
         *     leaves the outcome {@link AgentOutcome#REPLACED}
         * @return the agent removed (the first removal's time and reason stay)
         */
        default Removed remove(Instant time, String reason, boolean forNewRegistration) {
            Removal before = removal();
            Removal after = before == null ? new Removal(time, reason, !forNewRegistration)
                    : new Removal(before.at(), before.reason() != null ? before.reason() : reason,
                            before.byMaster() || !forNewRegistration);
            return new Removed(known(), failover(), after);
        }

        /**
         * Notes a 1.4+ admission step of the open failover (the first of each kind).
         *
         * @param canceled whether the step cancels the health check's transition to unreachable
         */
        default Down admissionStep(Instant time, boolean consulted, boolean admitted, boolean canceled) {
            Failover open = failover();
            Instant consultedAt = consulted && open.registryConsultedAt() == null ? time : open.registryConsultedAt();
            Instant admittedAt = admitted && open.admittedAt() == null ? time : open.admittedAt();
            boolean cancels = canceled && open.transitionCanceledAt() == null;
            Down next = withFailover(new Failover(open.lostAt(), open.evidence(), open.estimated(), open.master(),
                    open.lossMark(), open.ids(), !cancels && open.unreachable(), open.refusedAt(),
                    open.registeringAt(), open.complianceJudged(), consultedAt, admittedAt,
                    cancels ? time : open.transitionCanceledAt()));
            Removal removal = next.removal();
            return cancels && removal != null
                    ? new Removed(next.known(), next.failover(), new Removal(removal.at(), removal.reason(), false))
                    : next;
        }

        /** @return whether the master removed the agent other than to make room for a new registration */
        default boolean removedByMaster() {
            return removal() != null && removal().byMaster();
        }

        /** @return how a failover ends with a new registration (a new id) */
        default AgentOutcome outcomeOfNewRegistration() {
            return removedByMaster() ? AgentOutcome.REMOVED_THEN_REJOINED : AgentOutcome.REPLACED;
        }

        /** @return how a failover ends with a re-registration (the old id) */
        default AgentOutcome outcomeOfReregistration() {
            return failover().unreachable() ? AgentOutcome.UNREACHABLE_THEN_REREGISTERED
                    : removedByMaster() ? AgentOutcome.REMOVED_THEN_REJOINED : AgentOutcome.REREGISTERED;
        }

        /** @return whether a clock went back since the loss, or {@code time} (when given) is before the loss */
        default boolean timesWentBack(ClockWatch clock, Instant time) {
            return clock.wentBackSince(failover().lossMark()) || time != null && time.isBefore(failover().lostAt());
        }

        /** @return the failover closed (the agent is then {@link Registered} again) */
        default AgentFailover close(String cluster, Instant recoveredAt, String recoveredBy, AgentOutcome outcome,
                ClockWatch clock) {
            Failover open = failover();
            Instant removedAt = removal() == null ? null : removal().at();
            boolean timesWentBack = timesWentBack(clock, recoveredAt) || timesWentBack(clock, removedAt)
                    || timesWentBack(clock, open.refusedAt());
            boolean none = open.registryConsultedAt() == null && open.admittedAt() == null
                    && open.transitionCanceledAt() == null;
            AgentFailover.Admission admission = none ? null : new AgentFailover.Admission(open.registryConsultedAt(),
                    open.admittedAt(), open.transitionCanceledAt());
            return new AgentFailover(Incident.idOf(AgentFailover.class, known().agent().toString(), open.lostAt()),
                    cluster, known().agent(), known().hostname(), open.master(), open.ids(), open.lostAt(),
                    open.evidence(), open.estimated(), removedAt, removal() == null ? null : removal().reason(),
                    open.refusedAt(), recoveredAt, recoveredBy, outcome, admission, timesWentBack);
        }

        @Override
        default AgentState withId(AgentId id) {
            Known known = known();
            Down next = withKnown(new Known(known.agent(), known.hostname(), id, known.rateLimited()));
            Failover open = next.failover();
            return open.ids().contains(id) ? next : next.withFailover(open.withId(id));
        }

        @Override
        Down withKnown(Known other);
    }

    /** A lost agent the master did not remove (yet). */
    record Lost(Known known, Failover failover) implements Down {

        @Override
        public Removal removal() {
            return null;
        }

        @Override
        public Lost withFailover(Failover other) {
            return new Lost(known, other);
        }

        @Override
        public Lost withKnown(Known other) {
            return new Lost(other, failover);
        }
    }

    /** A lost agent that the master removed or marked unreachable. */
    record Removed(Known known, Failover failover, Removal removal) implements Down {

        @Override
        public Removed withFailover(Failover other) {
            return new Removed(known, other, removal);
        }

        @Override
        public Removed withKnown(Known other) {
            return new Removed(other, failover, removal);
        }
    }

    /**
     * How the master removed an agent.
     *
     * @param at when it first did
     * @param reason the first reason it gave, {@code null} when none
     * @param byMaster whether it removed it other than to make room for a new registration from its pid (a reboot)
     */
    record Removal(Instant at, String reason, boolean byMaster) {
    }

    /**
     * An open failover.
     *
     * @param lostAt when the agent was lost
     * @param evidence what showed it
     * @param estimated whether the time is estimated back from a health-check action
     * @param master the master that saw it
     * @param lossMark the clock watch's mark then
     * @param ids the ids the agent had during the failover
     * @param unreachable whether the master marked it unreachable
     * @param refusedAt when its re-registration was first refused, {@code null} when it was not
     * @param registeringAt when its new registration began, {@code null} when it did not
     * @param complianceJudged whether the health check's compliance was judged
     * @param registryConsultedAt 1.4+ admission: the registry consulted, {@code null} when not
     * @param admittedAt 1.4+ admission: admitted, {@code null} when not
     * @param transitionCanceledAt 1.4+ admission: the unreachable transition canceled, {@code null} when not
     */
    record Failover(Instant lostAt, String evidence, boolean estimated, String master, long lossMark,
            List<AgentId> ids, boolean unreachable, Instant refusedAt, Instant registeringAt,
            boolean complianceJudged, Instant registryConsultedAt, Instant admittedAt, Instant transitionCanceledAt) {

        /** Copies the ids. */
        public Failover {
            ids = List.copyOf(ids);
        }

        Failover withId(AgentId id) {
            List<AgentId> more = new ArrayList<>(ids);
            more.add(id);
            return new Failover(lostAt, evidence, estimated, master, lossMark, more, unreachable, refusedAt,
                    registeringAt, complianceJudged, registryConsultedAt, admittedAt, transitionCanceledAt);
        }

        Failover withUnreachable(boolean marked) {
            return new Failover(lostAt, evidence, estimated, master, lossMark, ids, marked, refusedAt, registeringAt,
                    complianceJudged, registryConsultedAt, admittedAt, transitionCanceledAt);
        }

        Failover withRefusedAt(Instant time) {
            return new Failover(lostAt, evidence, estimated, master, lossMark, ids, unreachable, time, registeringAt,
                    complianceJudged, registryConsultedAt, admittedAt, transitionCanceledAt);
        }

        Failover withRegisteringAt(Instant time) {
            return new Failover(lostAt, evidence, estimated, master, lossMark, ids, unreachable, refusedAt, time,
                    complianceJudged, registryConsultedAt, admittedAt, transitionCanceledAt);
        }

        Failover judged() {
            return new Failover(lostAt, evidence, estimated, master, lossMark, ids, unreachable, refusedAt,
                    registeringAt, true, registryConsultedAt, admittedAt, transitionCanceledAt);
        }
    }
}
