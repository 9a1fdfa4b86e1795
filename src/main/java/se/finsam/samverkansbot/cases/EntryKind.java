package se.finsam.samverkansbot.cases;

/** What an entry in a case's history is. */
public enum EntryKind {

    /** Advice from a team member to the caseworker. */
    ADVICE,

    /** A team member asks the caseworker to clarify. */
    QUESTION,

    /** The caseworker's answer to a question. */
    ANSWER

}
