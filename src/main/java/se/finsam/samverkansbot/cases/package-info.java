/**
 * Anonymised consultation cases raised by caseworkers to a konsultationsteam, with advice
 * relayed both ways.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package se.finsam.samverkansbot.cases;
