/**
 * The audit trail: who did what to which object and when, from every module's
 * {@code UserActed} events; ids and codes, never content; kept for the configured time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package se.finsam.samverkansbot.audit;
