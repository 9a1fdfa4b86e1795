/**
 * A small typed model of Adaptive Cards 1.5, serialised by Jackson: cards are built from
 * these types, never spliced together as strings.
 */
package se.finsam.samverkansbot.teams.cards;
