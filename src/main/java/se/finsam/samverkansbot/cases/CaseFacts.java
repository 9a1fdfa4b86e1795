package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.List;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;

/**
 * The structured fields of a case, for statistics: no text, no person.
 *
 * @param caseId the case's id
 * @param kommun the kommun of the individual
 * @param ownAgency the agency of the caseworker who raised it
 * @param agenciesInvolved the other agencies involved
 * @param categories what it is about
 * @param ageBand the individual's age band
 * @param gender the gender given, or null when the field was left out
 * @param raisedAt when it was raised
 * @param firstAdviceAt when the first advice was given, or null
 * @param closedAt when it was closed, or null
 * @param outcome what the advice did, or null until the caseworker said
 * @param nextStepTaken whether the caseworker took the next step, or null until said
 */
public record CaseFacts(long caseId, Kommun kommun, Agency ownAgency, List<Agency> agenciesInvolved,
        List<Category> categories, AgeBand ageBand, Gender gender, Instant raisedAt, Instant firstAdviceAt,
        Instant closedAt, Outcome outcome, Boolean nextStepTaken) {

    public CaseFacts {
        agenciesInvolved = List.copyOf(agenciesInvolved);
        categories = List.copyOf(categories);
    }

    static CaseFacts of(ConsultationCase found) {
        Instant firstAdvice = found.entries()
            .stream()
            .filter((entry) -> entry.kind() == EntryKind.ADVICE)
            .map(CaseEntry::createdAt)
            .findFirst()
            .orElse(null);
        return new CaseFacts(found.id(), new Kommun(found.kommun()), found.ownAgency(), found.agenciesInvolved(),
                found.categories(), found.ageBand(), found.gender(), found.raisedAt(), firstAdvice, found.closedAt(),
                found.outcome(), found.nextStepTaken());
    }

}
