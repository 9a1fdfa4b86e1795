/**
 * The Teams UI of the contacts module: contact search, cards, forms, import and export,
 * and the stale-contacts reminder.
 */
package se.finsam.samverkansbot.teams.contacts;
