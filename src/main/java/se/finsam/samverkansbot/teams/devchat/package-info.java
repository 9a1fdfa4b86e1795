/**
 * The local chat page of the {@code dev} profile: a browser plays the Teams client and
 * this package plays the Bot Connector, so that the bot can be used and its cards and
 * proactive messages seen without Azure. Nothing here exists outside the {@code dev}
 * profile.
 */
package se.finsam.samverkansbot.teams.devchat;
