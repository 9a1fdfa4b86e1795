package se.finsam.samverkansbot.contacts;

/**
 * Something wrong in an import file, by line. Never carries the file's content.
 *
 * @param line the line number in the file (1 is the first)
 * @param field the column or key, or null for the whole line
 * @param reason what is wrong
 */
public record ImportProblem(int line, String field, Reason reason) {

    public enum Reason {

        /** The file cannot be read as CSV or YAML at this point. */
        MALFORMED,
        /** A required field is empty. */
        MISSING,
        /** Not one of the agencies. */
        UNKNOWN_AGENCY,
        /** Not one of the förbund's kommuner. */
        UNKNOWN_KOMMUN,
        /** A link that is not https. */
        NOT_A_LINK,
        /** Not a date written yyyy-mm-dd. */
        NOT_A_DATE,
        /** Not true or false. */
        NOT_A_BOOLEAN,
        /** Longer than allowed. */
        TOO_LONG,
        /** The same key twice in the file. */
        DUPLICATE_KEY,
        /** A column or key the format does not have. */
        UNKNOWN_FIELD,
        /** Text that identifies a person (privacy guard). */
        PERSONAL_DATA,
        /** A mobile number in the phone field: a person's, not the unit's switchboard. */
        MOBILE_NUMBER,
        /** A person's e-mail address in the mailbox field, not a function mailbox. */
        PERSONAL_EMAIL,
        /** The file has no entries. */
        EMPTY

    }

}
