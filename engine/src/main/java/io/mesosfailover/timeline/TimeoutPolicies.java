package io.mesosfailover.timeline;

/** The timeout policy each master of a cluster logged at start-up. */
interface TimeoutPolicies {

    /** @return the policy of the master on that host, or the defaults when it logged none */
    TimeoutPolicy of(String master);
}
