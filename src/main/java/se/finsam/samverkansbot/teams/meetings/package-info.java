/**
 * The meetings' Teams side: {@code möten} and {@code nästa möte}, the agenda posted in
 * the team's channel, notices and reminders to the handläggare who attend, and the
 * notices of moved and cancelled meetings and of an approved protocol. Depends only on
 * {@code chat}, {@code delivery}, {@code cards}, {@code conversations} and the meetings
 * module.
 */
package se.finsam.samverkansbot.teams.meetings;
