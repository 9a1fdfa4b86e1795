/**
 * The conversations the bot takes part in (personal, channel, group), who and which
 * tenant an activity comes from.
 */
package se.finsam.samverkansbot.teams.conversations;
