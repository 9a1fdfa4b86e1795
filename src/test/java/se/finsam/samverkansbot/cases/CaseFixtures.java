package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.test.util.ReflectionTestUtils;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;

/** Cases for tests outside this package, e.g. of the cards. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /**
     * A case with every field filled in, the given texts, and {@code advice} pieces of
     * advice, each with the given text.
     */
    public static ConsultationCase fullCase(long id, String situation, String question, int advice, String text) {
        NewCase details = new NewCase(new Person(UserId.of("aad-anna"), "Anna Handläggare", Agency.FK), "tenant",
                new Kommun("Osby"), Agency.FK, EnumSet.allOf(Agency.class), AgeBand.AGE_30_39, Gender.NOT_STATED,
                EnumSet.allOf(Category.class), situation, question, true, Set.of());
        ConsultationCase raised = new ConsultationCase("K-2026-%04d".formatted(id), "tenant", details, "team",
                Instant.parse("2026-11-30T09:00:00Z"));
        ReflectionTestUtils.setField(raised, "id", id);
        for (int i = 0; i < advice; i++) {
            raised.add(EntryKind.ADVICE, new Person(UserId.of("aad-member-" + i), "Fatima Teammedlem", Agency.AF), text,
                    Instant.parse("2026-12-01T09:00:00Z"));
        }
        raised.assign(Person.of(UserId.of("aad-member-0"), "Fatima Teammedlem"));
        return raised;
    }

    public static ConsultationCase closed(ConsultationCase open) {
        open.close(UserId.of("aad-member-0"), Instant.parse("2026-12-02T09:00:00Z"));
        return open;
    }

}
