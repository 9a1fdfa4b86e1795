/**
 * The konsultationsteam's recurring meetings, agendas, notices, protocol and calendar
 * export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package se.finsam.samverkansbot.meetings;
