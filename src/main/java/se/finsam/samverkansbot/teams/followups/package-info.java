/**
 * The Teams UI of the followups module: the follow-up form, plan cards and buttons,
 * commands and reminders.
 */
package se.finsam.samverkansbot.teams.followups;
