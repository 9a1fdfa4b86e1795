package se.finsam.samverkansbot.core;

import java.time.Instant;

/**
 * The daily retention run: each module that keeps personal data listens, deletes what is
 * older than {@link RetentionProperties} allows, in a transaction of its own, and counts
 * what it deleted (never what it said) in {@link RetentionCounts}.
 *
 * @param now the time of the run; what is older than a period before it goes
 */
public record RetentionDue(Instant now) {
}
