/**
 * Messages the bot sends on its own: the outbox, its worker, rate limits, retries, the
 * Bot Connector client and the admin's leveranser command.
 */
package se.finsam.samverkansbot.teams.delivery;
