package se.finsam.samverkansbot.cases;

import java.util.Objects;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;

/**
 * A colleague acting on a case, as their colleagues see them: a caseworker or a team
 * member. Never the individual the case is about.
 *
 * @param id their Entra ID object id
 * @param name their display name in Teams
 * @param agency their agency, if known
 */
public record Person(UserId id, String name, Agency agency) {

    public Person {
        Objects.requireNonNull(id, "id");
    }

    public static Person of(UserId id, String name) {
        return new Person(id, name, null);
    }

}
