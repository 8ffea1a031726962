package io.mesosfailover.timeline;

import java.io.Serializable;

/** The timeout policy each master of a cluster logged at start-up; part of a timeline's saved state. */
interface TimeoutPolicies extends Serializable {

    /** @return the policy of the master on that host, or the defaults when it logged none */
    TimeoutPolicy of(String master);
}
