/**
 * The privacy guard every free text passes before it is stored or relayed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package se.finsam.samverkansbot.privacy;
