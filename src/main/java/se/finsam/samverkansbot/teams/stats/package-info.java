/**
 * The Teams UI of the statistics: {@code statistik} (a form, a result card with the
 * chart, CSV and XLSX through the file consent card) and the scheduled reports in
 * personal chat.
 */
package se.finsam.samverkansbot.teams.stats;
