package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who led a cluster when, as the engine saw it: every master whose lines were read, and every leader term from its
 * election to its loss, the first election included (which gives no {@link LeaderFailover}). Read-only output for
 * reports that draw a timeline; the incidents stay the definitions of what went wrong.
 *
 * @param cluster the cluster
 * @param masters the masters seen, by host name
 * @param terms the leader terms, in order of election
 */
public record LeaderHistory(String cluster, List<Master> masters, List<Term> terms) {

    /** Terms kept per cluster; a cluster that changes leaders more often keeps the latest ones. */
    public static final int MAX_TERMS = 10_000;

    /** Checks and copies. */
    public LeaderHistory {
        requireNonNull(cluster, "cluster is null");
        masters = List.copyOf(masters);
        terms = List.copyOf(terms);
    }

    /**
     * A master whose lines were read.
     *
     * @param host its host (the file's {@code Running on machine:}, or {@code --host})
     * @param address its IP as its start-up line gave it, {@code null} when none was read
     */
    public record Master(String host, String address) {
        /** Checks the host. */
        public Master {
            requireNonNull(host, "host is null");
        }
    }

    /**
     * One master's time as leader.
     *
     * @param master the master host
     * @param electedAt when it logged {@code Elected as the leading master!}
     * @param endedAt when it was last seen leading (the same sign a {@link LeaderFailover} starts from),
     *     {@code null} when it still led at the end of the input
     * @param endedBy what ended it: {@code leadership-lost}, {@code zoo-keeper-session-expired},
     *     {@code last-line}, ...; {@code null} while it leads
     */
    public record Term(String master, Instant electedAt, Instant endedAt, String endedBy) {
        /** Checks the components. */
        public Term {
            requireNonNull(master, "master is null");
            requireNonNull(electedAt, "electedAt is null");
        }
    }

    /** Collects a cluster's history as its leader tracker sees elections and losses. */
    static final class Recorder {
        private final Map<String, String> addresses = new TreeMap<>();
        private final List<Term> terms = new ArrayList<>();

        void seen(String master, String address) {
            if (address != null || !addresses.containsKey(master)) {
                addresses.put(master, address);
            }
        }

        void elected(String master, Instant time) {
            Term open = open();
            if (open != null && open.master().equals(master)) {
                return;
            }
            if (terms.size() == MAX_TERMS) {
                terms.remove(0);
            }
            terms.add(new Term(master, time, null, null));
        }

        void lost(String master, Instant time, String sign) {
            Term open = open();
            if (open != null && open.master().equals(master)) {
                terms.set(terms.size() - 1, new Term(master, open.electedAt(), time, sign));
            }
        }

        LeaderHistory history(String cluster) {
            List<Master> masters = new ArrayList<>();
            addresses.forEach((host, address) -> masters.add(new Master(host, address)));
            return new LeaderHistory(cluster, masters, terms);
        }

        private Term open() {
            Term last = terms.isEmpty() ? null : terms.get(terms.size() - 1);
            return last != null && last.endedAt() == null ? last : null;
        }
    }
}
