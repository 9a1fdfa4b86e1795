/**
 * SIP follow-ups and follow-ups after an ended insats, with reminders and escalation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Followups")
package se.finsam.samverkansbot.followups;
