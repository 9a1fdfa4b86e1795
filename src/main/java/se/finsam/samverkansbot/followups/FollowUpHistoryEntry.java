package se.finsam.samverkansbot.followups;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a plan. Holds dates and ids, never free text.
 *
 * @param at when it happened
 * @param kind what happened
 * @param actor who did it (a user id), or null for the bot
 * @param onDate the date it concerns: the due date reminded of, the date a meeting was
 * held, the new date of a postponement
 * @param previousDate the due date before a postponement or a held meeting
 * @param detail a short code, e.g. the reminder stage or why a plan was flagged
 */
public record FollowUpHistoryEntry(Instant at, HistoryKind kind, String actor, LocalDate onDate, LocalDate previousDate,
        String detail) {
}
