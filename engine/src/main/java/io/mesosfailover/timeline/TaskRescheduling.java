package io.mesosfailover.timeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mesosfailover.event.ProcessAddress;
import java.time.Instant;

/**
 * A task lost (or unreachable) through an agent loss, and the next launch of the same application (Marathon-style
 * task ids {@code app.uuid}).
 *
 * @param id the stable id
 * @param cluster the cluster
 * @param application the application: the task id up to its last dot
 * @param lostTaskId the task that was lost
 * @param lostState {@code TASK_LOST}, {@code TASK_UNREACHABLE}, ...
 * @param lostAt when the master sent that state
 * @param lostOn the agent it ran on, {@code null} when its launch was not in the logs
 * @param relaunchedTaskId the next task of the application launched, {@code null} while none was
 * @param relaunchedAt when it was launched, {@code null} while none was
 * @param relaunchedOn where it was launched, {@code null} while none was
 * @param timesWentBack whether a master's clock went back while it was open, or its times are out of order
 */
public record TaskRescheduling(String id, String cluster, String application, String lostTaskId, String lostState,
        Instant lostAt, ProcessAddress lostOn, String relaunchedTaskId, Instant relaunchedAt, ProcessAddress relaunchedOn,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean timesWentBack) implements Incident {

    /** Checks the components. */
    public TaskRescheduling {
        requireNonNull(id, "id is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(application, "application is null");
        requireNonNull(lostTaskId, "lostTaskId is null");
        requireNonNull(lostAt, "lostAt is null");
    }

    @Override
    public Instant start() {
        return lostAt;
    }

    @Override
    public Instant end() {
        return relaunchedAt;
    }

    @Override
    public <R> R accept(IncidentVisitor<R> visitor) {
        return visitor.visitTaskRescheduling(this);
    }
}
