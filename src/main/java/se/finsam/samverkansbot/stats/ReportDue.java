package se.finsam.samverkansbot.stats;

import se.finsam.samverkansbot.core.UserId;

/**
 * A coordinator's scheduled report is due: on the first working day of a month for the
 * month before, and of a half year and a year for those. Published once per coordinator
 * and period, in the transaction that records the run; the listener that delivers it
 * writes to the outbox in that transaction.
 *
 * @param coordinator who gets it
 * @param period the period it covers
 */
public record ReportDue(UserId coordinator, ReportPeriod period) {
}
