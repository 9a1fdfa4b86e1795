/**
 * The Teams UI of the statistics, retention and audit: {@code statistik} (a form, a
 * result card with the chart, CSV and XLSX through the file consent card), the scheduled
 * reports in personal chat, {@code granskning} for admins and {@code mina uppgifter} for
 * every staff member.
 */
package se.finsam.samverkansbot.teams.stats;
