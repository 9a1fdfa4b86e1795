package se.finsam.samverkansbot.audit;

import se.finsam.samverkansbot.core.UserId;

/** Only admins read the audit trail. */
public class AuditAccessDenied extends RuntimeException {

    AuditAccessDenied(UserId reader) {
        super("User " + reader + " may not read the audit trail");
    }

}
