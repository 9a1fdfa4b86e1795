/**
 * The Teams UI of the cases module: the case form, case cards in channels and personal
 * chat, and the case commands and buttons.
 */
package se.finsam.samverkansbot.teams.cases;
