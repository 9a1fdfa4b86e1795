/**
 * The Teams UI of the audit trail: {@code granskning} for admins and
 * {@code mina uppgifter} (GDPR art. 15) for every staff member.
 */
package se.finsam.samverkansbot.teams.audit;
