/**
 * The Microsoft Teams edge, one sub-package per concern: {@code edge}, {@code chat},
 * {@code conversations}, {@code delivery}, {@code cards}, {@code devchat} and one per
 * capability's UI. The only module that knows Bot Framework SDK types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams")
package se.finsam.samverkansbot.teams;
