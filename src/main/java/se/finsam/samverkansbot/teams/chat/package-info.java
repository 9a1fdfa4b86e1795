/**
 * Chat dispatch: the bot's one activity handler, the command table, card actions,
 * invokes, help, replies and texts; capability UIs plug in here.
 */
package se.finsam.samverkansbot.teams.chat;
