package se.finsam.samverkansbot.teams.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this instance's delivery when a message was committed to the outbox or a delivery
 * finished, so that it need not wait for its next poll.
 */
@Component
class DeliverySignal {

    private final Semaphore wakeUps = new Semaphore(0);

    void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Waits for a wake-up or the timeout; returns at once if one is pending. */
    void await(Duration timeout) throws InterruptedException {
        if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            wakeUps.drainPermits();
        }
    }

}
