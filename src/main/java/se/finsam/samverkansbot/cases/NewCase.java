package se.finsam.samverkansbot.cases;

import java.util.Objects;
import java.util.Set;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;

/**
 * A case as the caseworker filled it in.
 *
 * @param caseworker who raises it
 * @param tenantId their tenant, to write to them later
 * @param kommun the kommun the individual lives in; decides the team
 * @param ownAgency the caseworker's agency
 * @param agenciesInvolved the agencies involved, one or more
 * @param ageBand the individual's age band
 * @param gender optional
 * @param categories one or more
 * @param situation the situation, anonymised
 * @param question the question to the team
 * @param writtenAdviceWanted whether written advice is wanted before the next meeting
 * @param meetingWish whether it is to be taken up at a meeting, and with the caseworker
 * @param confirmedNotNames words the caseworker confirmed are not names of persons
 */
public record NewCase(Person caseworker, String tenantId, Kommun kommun, Agency ownAgency, Set<Agency> agenciesInvolved,
        AgeBand ageBand, Gender gender, Set<Category> categories, String situation, String question,
        boolean writtenAdviceWanted, MeetingWish meetingWish, Set<String> confirmedNotNames) {

    public NewCase {
        meetingWish = meetingWish == null ? MeetingWish.NONE : meetingWish;
        Objects.requireNonNull(caseworker, "caseworker");
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(ownAgency, "ownAgency");
        Objects.requireNonNull(ageBand, "ageBand");
        agenciesInvolved = Set.copyOf(agenciesInvolved);
        categories = Set.copyOf(categories);
        confirmedNotNames = confirmedNotNames == null ? Set.of() : Set.copyOf(confirmedNotNames);
        if (agenciesInvolved.isEmpty() || categories.isEmpty()) {
            throw new IllegalArgumentException("A case involves an agency and has a category");
        }
        if (situation == null || situation.isBlank() || question == null || question.isBlank()) {
            throw new IllegalArgumentException("A case has a situation and a question");
        }
    }

    /** A case not to be taken up at a meeting. */
    public NewCase(Person caseworker, String tenantId, Kommun kommun, Agency ownAgency, Set<Agency> agenciesInvolved,
            AgeBand ageBand, Gender gender, Set<Category> categories, String situation, String question,
            boolean writtenAdviceWanted, Set<String> confirmedNotNames) {
        this(caseworker, tenantId, kommun, ownAgency, agenciesInvolved, ageBand, gender, categories, situation,
                question, writtenAdviceWanted, MeetingWish.NONE, confirmedNotNames);
    }

    /** No texts: they may hold what the guard is there to stop. */
    @Override
    public String toString() {
        return "NewCase[" + kommun + ", " + ownAgency + "]";
    }

}
