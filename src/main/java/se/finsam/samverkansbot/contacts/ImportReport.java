package se.finsam.samverkansbot.contacts;

/**
 * What an import did.
 *
 * @param added new entries
 * @param changed entries with at least one field changed
 * @param unchanged entries exactly as they were
 */
public record ImportReport(int added, int changed, int unchanged) {
}
