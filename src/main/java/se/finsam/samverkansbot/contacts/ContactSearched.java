package se.finsam.samverkansbot.contacts;

import java.time.Instant;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;

/**
 * Someone searched the contact directory. Never the query: only the kommun the search was
 * about and the agency and first topic of the best hit (the directory's own words).
 *
 * @param kommun the kommun named in the query or the user's own, or null
 * @param agency the best hit's agency, or null when nothing was found
 * @param topic the best hit's first topic, or null when nothing was found or it has none
 * @param at when
 */
public record ContactSearched(Kommun kommun, Agency agency, String topic, Instant at) {
}
