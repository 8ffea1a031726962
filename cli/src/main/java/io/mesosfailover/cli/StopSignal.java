package io.mesosfailover.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the live commands do on SIGTERM or Ctrl-C, in their shutdown hook: ask the main thread to stop (it stops
 * between two commits, keeping what was committed), and interrupt it if it does not within {@link #GRACE_MILLIS},
 * as when it waits for an unreachable broker or database; the process ends within a few seconds either way. One
 * signal a run: {@link #install} from the main thread, {@link #finished} when it is done.
 */
final class StopSignal {

    /** How long a clean stop between two commits may take before the main thread is interrupted. */
    static final long GRACE_MILLIS = 2_000;
    /** How long the hook then waits for the main thread to wind up. */
    static final long WIND_UP_MILLIS = 3_000;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal(String hookName) {
        Thread main = Thread.currentThread();
        hook = new Thread(() -> stop(stop, main, finished), hookName);
    }

    /** @return the signal of a run of the current thread, its shutdown hook (a thread of that name) added */
    static StopSignal install(String hookName) {
        StopSignal signal = new StopSignal(hookName);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** @return whether SIGTERM or Ctrl-C asked the run to stop */
    boolean requested() {
        return stop.get();
    }

    /** Says the main thread is done: the hook waits no longer. */
    void finished() {
        finished.countDown();
    }

    /** Removes the shutdown hook, for a run that ended by itself. */
    void remove() {
        Runtime.getRuntime().removeShutdownHook(hook);
    }

    /** Sets {@code stop}, then waits for {@code finished}, interrupting {@code main} after the grace period. */
    private static void stop(AtomicBoolean stop, Thread main, CountDownLatch finished) {
        stop.set(true);
        try {
            if (!finished.await(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                main.interrupt();
                finished.await(WIND_UP_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
