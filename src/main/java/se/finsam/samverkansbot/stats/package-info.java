/**
 * GDPR-safe aggregate statistics and exports for the förbund's reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stats")
package se.finsam.samverkansbot.stats;
