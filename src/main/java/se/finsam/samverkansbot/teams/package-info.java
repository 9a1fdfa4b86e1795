/**
 * The Microsoft Teams edge: Bot Framework endpoint, authentication, tenants, cards and
 * dispatch. The only module that knows Bot Framework SDK types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package se.finsam.samverkansbot.teams;
