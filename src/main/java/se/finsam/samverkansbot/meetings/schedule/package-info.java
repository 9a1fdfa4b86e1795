/**
 * When a series' meetings take place: rhythms, breaks and holidays, computed without a
 * database.
 */
package se.finsam.samverkansbot.meetings.schedule;
