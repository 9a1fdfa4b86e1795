/**
 * Where Teams comes in: the /api/messages endpoint, the Bot Framework adapter,
 * credentials, the tenant allow-list, redelivered activities and turn errors.
 */
package se.finsam.samverkansbot.teams.edge;
